package dossier.annotation.references;

import dossier.model.Metadata;
import dossier.model.PageAddress;

/**
 * What a reference points at: a document of the dossier (its page, maybe one of its paragraphs) or a
 * UN document outside it, reached through the UN's official symbol resolver.
 *
 * @param symbol UN symbol; empty for a dossier document that prints none
 * @param slug   the dossier page's slug; empty for a document outside the dossier
 * @param anchor paragraph or annex within the page ("para-9-b", "annex"); empty for the whole document
 * @param title  what the document is, in words
 */
public record Target(String symbol, String slug, String anchor, String title) {

    /** The UN's resolver for document symbols (see the notes on UN links). */
    static final String UN_RESOLVER = "https://undocs.org/en/";

    /** A UN document outside the dossier, named from its symbol. */
    public static Target outside(String symbol) {
        return new Target(symbol, "", "", SymbolNames.describe(symbol));
    }

    public boolean inDossier() {
        return !slug.isEmpty();
    }

    /** How a reader names it in a list: the symbol, or the title when the text prints no symbol. */
    public String name() {
        return Metadata.displayName(symbol, title);
    }

    /** The address to link to, from a page whose way to the documents folder is {@code toDocuments} ("" or {@link PageAddress#FOLDER}). */
    public String href(String toDocuments) {
        if (!inDossier()) {
            return UN_RESOLVER + symbol;
        }
        return PageAddress.at(toDocuments + PageAddress.fileName(slug), anchor);
    }
}
