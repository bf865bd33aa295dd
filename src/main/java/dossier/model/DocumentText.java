package dossier.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's words as its page prints them, passage by passage in reading order (the text, then the
 * footnotes that close it), and grouped by the anchored paragraph they belong to. Annotators read this;
 * the renderer prints it; neither rebuilds the words from HTML.
 */
public record DocumentText(Document document, List<Passage> passages) {

    /** Between two runs of one paragraph's words that something else separates (an item, a sub-paragraph): no phrase spans it. */
    public static final char BREAK = '\u0001';

    /**
     * An anchored paragraph's words (its items' words excepted, which are paragraphs of their own), runs
     * from several passages joined, with {@link #BREAK} where the paragraph resumes after another's words.
     *
     * @param at for each character, the passage it is in and its offset there ({@code passage << 32 | offset}); -1 for a break
     */
    public record Paragraph(String anchor, String text, long[] at) {

        public int passage(int offset) {
            return (int) (at[offset] >> 32);
        }

        public int offset(int offset) {
            return (int) at[offset];
        }
    }

    public DocumentText {
        passages = List.copyOf(passages);
    }

    public static DocumentText of(Document document) {
        return new DocumentText(document, Passages.of(document));
    }

    /** The document's anchored paragraphs, in order of their first words; words under no anchor are left out. */
    public List<Paragraph> paragraphs() {
        Set<String> anchors = Set.copyOf(document.anchors());
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, List<Long>> ats = new LinkedHashMap<>();
        String last = null;
        for (Passage passage : passages) {
            for (Passage.Piece piece : passage.pieces()) {
                String anchor = anchors.contains(piece.anchor()) ? piece.anchor() : null;
                if (anchor != null) {
                    StringBuilder words = texts.computeIfAbsent(anchor, a -> new StringBuilder());
                    List<Long> at = ats.computeIfAbsent(anchor, a -> new ArrayList<>());
                    if (!anchor.equals(last) && !words.isEmpty()) {
                        words.append(BREAK);
                        at.add(-1L);
                    }
                    words.append(passage.text(), piece.start(), piece.end());
                    for (int i = piece.start(); i < piece.end(); i++) {
                        at.add((long) passage.index() << 32 | i);
                    }
                }
                last = anchor;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        texts.forEach((anchor, words) -> paragraphs.add(new Paragraph(anchor, words.toString(),
                ats.get(anchor).stream().mapToLong(Long::longValue).toArray())));
        return paragraphs;
    }
}
