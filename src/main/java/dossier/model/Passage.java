package dossier.model;

import java.util.List;

/**
 * One run of a document's words that its page prints as one element: a paragraph's own words (its
 * printed number, then its spans), a heading, a cover line, a footnote, a table cell. Annotations are
 * placed by offsets into {@link #text()}; nested blocks are passages of their own.
 *
 * @param index   its place among the document's passages, in reading order
 * @param block   the block whose words these are
 * @param anchors the anchors of the block and of the blocks around it, innermost first: where a link to
 *                these words lands, and the places a reference written here stands in
 * @param title   whether this is the document's own title, which the page prints as its heading
 * @param text    the words: the number, a space, then every span
 * @param pieces  how the text divides into what the page prints differently, in order, covering it all
 */
public record Passage(int index, Block block, List<String> anchors, boolean title, String text, List<Piece> pieces) {

    /** What a piece of a passage is. */
    public enum Kind {
        /** The printed number ("12.", "(a)", "II."). */
        NUMBER,
        /** The space after the number. */
        SPACE,
        /** Plain words. */
        TEXT,
        /** A resolution's opening words. */
        OPENING,
        /** An item marker inside the sentence, "(ii)": a place a link may land on. */
        ITEM,
        /** A footnote marker. */
        NOTE_REF
    }

    /**
     * A part of the text, from {@code start} to {@code end}.
     *
     * @param anchor where a link to these words lands: the item's own anchor for an item, else the passage's
     * @param linked for a footnote marker, whether the document prints its footnote (the marker then links to it)
     */
    public record Piece(int start, int end, Kind kind, String anchor, Span span, boolean linked) {

        /** Whether the words of this piece stand in the passage's own line, not inside a part printed apart. */
        public boolean plain() {
            return kind == Kind.TEXT || kind == Kind.SPACE;
        }
    }

    public Passage {
        anchors = List.copyOf(anchors);
        pieces = List.copyOf(pieces);
    }

    /** The closest anchor: of the block, or of the closest anchored block around it; "" if none. */
    public String anchor() {
        return anchors.isEmpty() ? "" : anchors.get(0);
    }

    /** The piece holding the character at {@code offset}. */
    public Piece pieceAt(int offset) {
        return pieces.get(pieceIndexAt(offset));
    }

    /**
     * The place in {@link #pieces()} of the piece holding the character at {@code offset}: found by halving,
     * as the pieces are in order, so that a passage of many pieces (footnote markers, items) stays linear to mark.
     */
    public int pieceIndexAt(int offset) {
        int low = 0;
        int high = pieces.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (pieces.get(middle).start() <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (found < 0 || offset >= pieces.get(found).end()) {
            throw new IndexOutOfBoundsException(offset + " in a passage of " + text.length());
        }
        return found;
    }
}
