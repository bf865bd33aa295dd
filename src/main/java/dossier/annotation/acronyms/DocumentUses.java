package dossier.annotation.acronyms;

import java.util.List;

/**
 * The uses of one entry in one document, paragraph by paragraph.
 *
 * @param slug       the document's page name
 * @param document   how to name the document
 * @param count      uses in the whole document
 * @param paragraphs each paragraph that uses the entry, in text order, with its count
 */
public record DocumentUses(String slug, String document, int count, List<InParagraph> paragraphs) {

    public DocumentUses {
        paragraphs = List.copyOf(paragraphs);
    }

    /** One paragraph and how often it uses the entry. */
    public record InParagraph(DocumentParagraph place, int count) {
    }
}
