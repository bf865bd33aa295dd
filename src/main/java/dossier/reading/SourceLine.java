package dossier.reading;

/**
 * A line of a source's text that survived page-furniture removal, with what stood before it.
 *
 * @param number          1-based line number in the body, for messages
 * @param indent          leading spaces as extracted
 * @param text            the line's text, debris removed, without leading or trailing spaces; footnote
 *                        markers are embedded as {@link FootnoteMarkers#embed(String)}
 * @param blankBefore     a blank line stood between this line and the previous kept one
 * @param pageBreakBefore page furniture stood between this line and the previous kept one
 */
record SourceLine(int number, int indent, String text, boolean blankBefore, boolean pageBreakBefore) {

    /** The text as a reader sees it: footnote markers left out. */
    String words() {
        return FootnoteMarkers.strip(text);
    }
}
