package dossier.annotation;

/**
 * What an annotator found in a document's text: the characters from {@code start} to {@code end} of one
 * passage ({@link dossier.model.Passage#index()}), of a kind, with what it stands for. The renderer
 * decides how each kind looks; {@link Marking} decides which marks may nest or overlap.
 *
 * @param passage the passage's index, or {@link #WHOLE} for a mark on a place rather than on words (an editor's note)
 * @param payload what the mark stands for: a reference's target, a glossary entry, an index locator, a note
 */
public record Mark(int passage, int start, int end, Kind kind, Object payload) {

    /** The passage of a mark that stands on no words. */
    public static final int WHOLE = -1;

    /** The kinds of mark, one per annotator. */
    public enum Kind {
        /** A reference to a document or paragraph: a link. */
        REFERENCE,
        /** A use of a glossary entry. */
        ACRONYM,
        /** A mention of an index entry: recorded, not shown. */
        INDEX,
        /** An editor's note on a place: printed after it. */
        NOTE
    }

    public Mark {
        if (start > end) {
            throw new IllegalArgumentException("a mark ends before it starts: " + start + ".." + end);
        }
    }

    /** Whether this mark holds the characters of {@code other} (both on one passage). */
    public boolean holds(Mark other) {
        return passage == other.passage && start <= other.start && other.end <= end;
    }

    /** Whether the two marks share characters without one holding the other. */
    public boolean crosses(Mark other) {
        return passage == other.passage && start < other.end && other.start < end && !holds(other) && !other.holds(this);
    }
}
