package dossier.model;

/**
 * A run of a block's text. Most text is plain; a resolution's opening words are printed in italics; a
 * footnote marker is a separate run so that it never fuses with the word it follows.
 *
 * @param kind what the run is
 * @param text its characters, spacing included, exactly as they join the neighbouring runs
 */
public record Span(Kind kind, String text) {

    public enum Kind {
        /** Plain text. */
        TEXT,
        /** The opening words of a preambular or operative paragraph ("Recalling also", "Calls upon"). */
        OPENING,
        /** A footnote marker ("1"); its footnote's anchor is {@code fn-} and the marker. */
        NOTE_REF,
        /**
         * An item marker printed inside running text, "(ii)" in "on: (i) the progress …; (ii) the training …";
         * it can be linked to: its anchor is the block's anchor, "-" and the label ("para-10-ii").
         */
        ITEM
    }

    public static Span text(String text) {
        return new Span(Kind.TEXT, text);
    }
}
