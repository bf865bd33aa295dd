package dossier.annotation;

import dossier.model.DocumentText;
import dossier.model.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        Placed placed = new Placed();
        for (Annotator annotator : ordered(annotators)) {
            List<Mark> earlier = kept.stream().filter(m -> annotator.after().contains(m.kind())).sorted(TEXT_ORDER).toList();
            List<Mark> mine = new ArrayList<>();
            for (Mark mark : annotator.marks(text, earlier)) {
                if (mark.kind() != annotator.kind()) {
                    throw new IllegalStateException(annotator + " made a mark of another kind: " + mark.kind());
                }
                if (allowed(mark, placed, text)) {
                    mine.add(mark);
                    placed.add(mark);
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

    private static boolean allowed(Mark mark, Placed placed, DocumentText text) {
        return switch (mark.kind()) {
            case INDEX, NOTE -> true;
            case REFERENCE -> printable(text.passages().get(mark.passage()), mark.start(), mark.end())
                    && placed.overlapping(Mark.Kind.REFERENCE, mark).isEmpty()
                    && placed.overlapping(Mark.Kind.ACRONYM, mark).stream().allMatch(mark::holds);
            case ACRONYM -> withinOnePiece(text.passages().get(mark.passage()), mark)
                    && placed.overlapping(Mark.Kind.REFERENCE, mark).stream().noneMatch(m -> m.crosses(mark))
                    && placed.overlapping(Mark.Kind.ACRONYM, mark).isEmpty();
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
        int firstIndex = passage.pieceIndexAt(start);
        int lastIndex = passage.pieceIndexAt(end - 1);
        Passage.Piece first = passage.pieces().get(firstIndex);
        Passage.Piece last = passage.pieces().get(lastIndex);
        if (first == last) {
            return !(first.kind() == Passage.Kind.NOTE_REF && first.linked());
        }
        if (!first.plain() || !last.plain()) {
            return false;
        }
        for (Passage.Piece piece : passage.pieces().subList(firstIndex + 1, lastIndex)) {
            if ((piece.kind() == Passage.Kind.ITEM || piece.kind() == Passage.Kind.NOTE_REF && piece.linked())) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinOnePiece(Passage passage, Mark mark) {
        return mark.start() < mark.end() && passage.pieceAt(mark.start()) == passage.pieceAt(mark.end() - 1);
    }

    /**
     * The references and glossary uses placed so far, by kind and passage, in order of their start. Those of
     * one kind never overlap one another, so the ones a new mark overlaps are found from its start, not by
     * reading them all: a document of 40,000 symbols stays linear. (Index mentions and notes may overlap
     * anything, and nothing asks about them.)
     */
    private static final class Placed {

        private final Map<Mark.Kind, Map<Integer, TreeMap<Integer, Mark>>> byKind = new EnumMap<>(Mark.Kind.class);

        void add(Mark mark) {
            if (mark.kind() == Mark.Kind.REFERENCE || mark.kind() == Mark.Kind.ACRONYM) {
                byKind.computeIfAbsent(mark.kind(), k -> new HashMap<>())
                        .computeIfAbsent(mark.passage(), p -> new TreeMap<>()).put(mark.start(), mark);
            }
        }

        /** The placed marks of {@code kind} that share characters with {@code mark}. */
        List<Mark> overlapping(Mark.Kind kind, Mark mark) {
            TreeMap<Integer, Mark> passage = byKind.getOrDefault(kind, Map.of()).get(mark.passage());
            if (passage == null) {
                return List.of();
            }
            List<Mark> found = new ArrayList<>();
            Map.Entry<Integer, Mark> before = passage.floorEntry(mark.start());
            if (before != null && before.getValue().end() > mark.start()) {
                found.add(before.getValue());
            }
            found.addAll(passage.subMap(mark.start(), false, mark.end(), false).values());
            return found;
        }
    }
}
