package dossier.annotation.references;

import dossier.model.DocumentKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A place in a text that refers to a document: the characters from {@code start} (inclusive) to
 * {@code end} (exclusive) are what a reader would click. What it names is not yet known to be in the
 * dossier; {@link DossierCatalogue} decides that.
 */
public sealed interface Mention {

    int start();

    int end();

    /** A UN document symbol, written out ("S/2012/894") or built from a resolution number ("S/RES/2071(2012)"). */
    record Symbol(int start, int end, String symbol) implements Mention {
    }

    /** A letter or report named by its date: "the letter … dated 12 October 2012". */
    record Dated(int start, int end, DocumentKind kind, LocalDate date) implements Mention {
    }

    /**
     * A numbered paragraph: "paragraph 9 (b)". {@code of} is the document it belongs to when the text
     * says so ("paragraph 5 of resolution 2071 (2012)"); empty means the citing document itself.
     */
    record Paragraph(int start, int end, String anchor, Optional<Mention> of) implements Mention {

        /** The paragraph's anchor without its sub-paragraph: "para-9" for "para-9-b". */
        public String wholeParagraphAnchor() {
            return dossier.model.Anchors.wholeParagraph(anchor);
        }
    }
}
