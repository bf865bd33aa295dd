package dossier.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one extraction lays out its paragraphs. Some put a blank line between paragraphs, some between
 * every line (the blank line then means nothing), some indent a paragraph's first line, some do
 * neither and leave only the numbering. Measured on the source itself, so the same rules read all
 * of them.
 *
 * @param blankLinesSeparate a blank line ends a paragraph
 * @param indentSeparates    a line indented deeper than continuation lines starts a paragraph
 * @param continuationIndent how deep continuation lines are indented
 * @param fullLine           how long a line of running text is when the next line goes on with its sentence
 *                           (indent and characters, the median): the measure of a wrapped line, 0 when none was seen
 */
record Layout(boolean blankLinesSeparate, boolean indentSeparates, int continuationIndent, int fullLine) {

    /** Gaps inside a sentence, beyond which blank lines are mere line spacing. */
    private static final double SPACING_SHARE = 0.3;
    /** Sentences broken by a blank line needed before blank lines are taken for line spacing. */
    private static final int MIN_SPACING_EVIDENCE = 3;
    /** Indented lines that follow the end of a clause, beyond which indentation marks paragraphs. */
    private static final double INDENT_SHARE = 0.6;

    /** Words of a wrapped line of running text: shorter unpunctuated lines may be titles or headings. */
    private static final int WRAPPED_LINE_WORDS = 8;
    /** A line this share of {@link #fullLine} long or longer was wrapped: it is no heading. */
    static final double WRAPPED_SHARE = 0.8;

    static Layout of(List<SourceLine> lines) {
        int gaps = 0;
        int continuingGaps = 0;
        Map<Integer, Integer> continuationIndents = new HashMap<>();
        List<Integer> wrapped = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (Markers.continues(line.words()) && !line.pageBreakBefore()) {
                wrapped.add(length(lines.get(i - 1)));
            }
            if (line.blankBefore() && !line.pageBreakBefore()) {
                gaps++;
                if (insideSentence(lines.get(i - 1), line)) {
                    continuingGaps++;
                }
            }
            if (Markers.continues(line.words())) {
                continuationIndents.merge(line.indent(), 1, Integer::sum);
            }
        }
        boolean blankLinesSeparate = gaps > 0
                && (continuingGaps < MIN_SPACING_EVIDENCE || continuingGaps <= SPACING_SHARE * gaps);
        int base = continuationIndents.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(0);
        int indented = 0;
        int afterClause = 0;
        for (int i = 1; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.indent() > base && !Markers.continues(line.words())) {
                indented++;
                if (Markers.terminal(lines.get(i - 1).words())) {
                    afterClause++;
                }
            }
        }
        Collections.sort(wrapped);
        int fullLine = wrapped.isEmpty() ? 0 : wrapped.get(wrapped.size() / 2);
        return new Layout(blankLinesSeparate, indented >= 2 && afterClause >= INDENT_SHARE * indented, base, fullLine);
    }

    /**
     * A line of running text whose sentence goes on: unfinished, as long as the lines a sentence wraps from, and
     * opening with no number or letter. A heading is seldom so long.
     */
    boolean wrappedLine(SourceLine line) {
        return line.start().kind() == Markers.Kind.NONE && !Markers.terminal(line.words()) && fullWidth(line);
    }

    /** The line is as long as the lines running text wraps from. */
    boolean fullWidth(SourceLine line) {
        return fullLine > 0 && length(line) >= WRAPPED_SHARE * fullLine;
    }

    private static int length(SourceLine line) {
        return line.indent() + line.text().length();
    }

    /** The next line continues the sentence: it starts in lower case, or follows a long unfinished line. */
    private static boolean insideSentence(SourceLine before, SourceLine line) {
        return Markers.continues(line.words()) || (!Markers.terminal(before.words())
                && Whitespace.pieces(before.words()) >= WRAPPED_LINE_WORDS && line.start().kind() == Markers.Kind.NONE);
    }
}
