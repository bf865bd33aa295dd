package dossier.reading;

/**
 * A line of a source's text that survived page-furniture removal, with what stood before it. What the
 * readers ask of every line again and again (its words, the structural start they make) is read once,
 * when the line is made.
 */
final class SourceLine {

    private final int number;
    private final int indent;
    private final String text;
    private final boolean blankBefore;
    private final boolean pageBreakBefore;
    private final String words;
    private final Markers.Start start;

    /**
     * @param number          1-based line number in the body, for messages
     * @param indent          leading spaces as extracted
     * @param text            the line's text, debris removed, without leading or trailing spaces; footnote
     *                        markers are embedded as {@link FootnoteMarkers#embed(String)}
     * @param blankBefore     a blank line stood between this line and the previous kept one
     * @param pageBreakBefore page furniture stood between this line and the previous kept one
     */
    SourceLine(int number, int indent, String text, boolean blankBefore, boolean pageBreakBefore) {
        this.number = number;
        this.indent = indent;
        this.text = text;
        this.blankBefore = blankBefore;
        this.pageBreakBefore = pageBreakBefore;
        this.words = FootnoteMarkers.strip(text);
        this.start = Markers.of(words);
    }

    int number() {
        return number;
    }

    int indent() {
        return indent;
    }

    String text() {
        return text;
    }

    boolean blankBefore() {
        return blankBefore;
    }

    boolean pageBreakBefore() {
        return pageBreakBefore;
    }

    /** The text as a reader sees it: footnote markers left out. */
    String words() {
        return words;
    }

    /** The structural start the line's words make ({@link Markers#of}). */
    Markers.Start start() {
        return start;
    }

    /** The same line with page furniture before it. */
    SourceLine afterPageBreak() {
        return new SourceLine(number, indent, text, blankBefore, true);
    }

    /** The same line with another text: a footnote marker embedded in it. */
    SourceLine withText(String other) {
        return new SourceLine(number, indent, other, blankBefore, pageBreakBefore);
    }
}
