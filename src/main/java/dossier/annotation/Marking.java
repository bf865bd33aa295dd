package dossier.annotation;

import dossier.model.DocumentText;
import dossier.model.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides how marks nest and overlap, and runs the annotators in the order they ask
 * for. A reference is a link: it holds whole pieces of a passage or lies inside one, never inside a
 * link the text already has (a footnote marker's). A glossary use lies inside one piece, inside a
 * reference or outside it, never across its edge. Index mentions are recorded, not printed: they may
 * overlap anything, each other included. A note stands on a place, not on words.
 */
public final class Marking {

    /** Text order: by passage, then start, the longer first. */
    public static final Comparator<Mark> TEXT_ORDER = Comparator.comparingInt(Mark::passage)
            .thenComparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed());

    private Marking() {
    }

    /** The document's marks in text order, each annotator's kept ones recorded by it (in the order it made them). */
    public static List<Mark> annotate(DocumentText text, List<Annotator> annotators) {
        List<Mark> kept = new ArrayList<>();
        for (Annotator annotator : ordered(annotators)) {
            List<Mark> earlier = kept.stream().filter(m -> annotator.after().contains(m.kind())).sorted(TEXT_ORDER).toList();
            List<Mark> mine = new ArrayList<>();
            for (Mark mark : annotator.marks(text, earlier)) {
                if (mark.kind() != annotator.kind()) {
                    throw new IllegalStateException(annotator + " made a mark of another kind: " + mark.kind());
                }
                if (allowed(mark, kept, mine, text)) {
                    mine.add(mark);
                }
            }
            annotator.record(text, earlier, mine);
            kept.addAll(mine);
        }
        kept.sort(TEXT_ORDER);
        return kept;
    }

    /**
     * The annotators, each after those whose kinds it names in {@link Annotator#after()}, otherwise in the
     * order given.
     */
    public static List<Annotator> ordered(List<Annotator> annotators) {
        Set<Annotator> done = new LinkedHashSet<>();
        while (done.size() < annotators.size()) {
            Annotator next = annotators.stream().filter(a -> !done.contains(a))
                    .filter(a -> annotators.stream().noneMatch(b -> !done.contains(b) && b != a && a.after().contains(b.kind())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("annotators wait for each other: " + annotators));
            done.add(next);
        }
        return List.copyOf(done);
    }

    private static boolean allowed(Mark mark, List<Mark> kept, List<Mark> mine, DocumentText text) {
        return switch (mark.kind()) {
            case INDEX, NOTE -> true;
            case REFERENCE -> printable(text.passages().get(mark.passage()), mark.start(), mark.end())
                    && overlapsNone(mark, kept) && overlapsNone(mark, mine)
                    && kept.stream().noneMatch(m -> m.kind() == Mark.Kind.ACRONYM && overlap(m, mark) && !mark.holds(m));
            case ACRONYM -> withinOnePiece(text.passages().get(mark.passage()), mark)
                    && kept.stream().noneMatch(m -> m.kind() == Mark.Kind.REFERENCE && m.crosses(mark))
                    && kept.stream().noneMatch(m -> m.kind() == Mark.Kind.ACRONYM && overlap(m, mark))
                    && overlapsNone(mark, mine);
        };
    }

    /**
     * Whether a link can hold the characters from {@code start} to {@code end}: they lie in one piece (not a
     * footnote marker's, itself a link), or run from the passage's own words to its own words over no
     * other link (an item's, a marker's).
     */
    static boolean printable(Passage passage, int start, int end) {
        if (start >= end) {
            return false;
        }
        Passage.Piece first = passage.pieceAt(start);
        Passage.Piece last = passage.pieceAt(end - 1);
        if (first == last) {
            return !(first.kind() == Passage.Kind.NOTE_REF && first.linked());
        }
        if (!first.plain() || !last.plain()) {
            return false;
        }
        List<Passage.Piece> pieces = passage.pieces();
        for (Passage.Piece piece : pieces.subList(pieces.indexOf(first) + 1, pieces.indexOf(last))) {
            if ((piece.kind() == Passage.Kind.ITEM || piece.kind() == Passage.Kind.NOTE_REF && piece.linked())) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinOnePiece(Passage passage, Mark mark) {
        return mark.start() < mark.end() && passage.pieceAt(mark.start()) == passage.pieceAt(mark.end() - 1);
    }

    private static boolean overlapsNone(Mark mark, List<Mark> others) {
        return others.stream().noneMatch(m -> m.kind() == mark.kind() && overlap(m, mark));
    }

    private static boolean overlap(Mark a, Mark b) {
        return a.passage() == b.passage() && a.start() < b.end() && b.start() < a.end();
    }
}
