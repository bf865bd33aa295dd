package dossier.annotation.acronyms;

import dossier.model.PageAddress;

/**
 * A paragraph of a document, as the glossary page links to it.
 *
 * @param slug      the document's page name
 * @param document  how to name the document: its symbol, or its title where it has none
 * @param anchor    the anchored element, or "" for the document's start
 * @param paragraph how to name the paragraph ("para. 9")
 */
public record DocumentParagraph(String slug, String document, String anchor, String paragraph) {

    /** The link from the site root. */
    public String href() {
        return PageAddress.at(PageAddress.of(slug), anchor);
    }
}
