package dossier.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the kept lines into groups, each the lines of one block: a paragraph, a heading, a cover line, a
 * signature. A line starts a new group when it opens a structural part after a finished clause, when
 * the layout says so (a blank line, an indent), or when it is a heading standing before a numbered
 * part; a line that continues the sentence — lower case, or after an unfinished line — never does.
 * Page breaks are transparent: a sentence cut by one joins up again. Two lines or more in a row laid out
 * in the same number of columns (cells apart by wide spaces), past the masthead, are a table: one group,
 * each line a row.
 */
final class LineGroups {

    /** Longest heading, in words, recognised only by its look. */
    static final int HEADING_WORDS = 14;
    /** Longest heading, in words, that opens with its number or letter ("II. Implementation of …"). */
    static final int NUMBERED_HEADING_WORDS = 30;
    /** Longest title, in words. */
    static final int TITLE_WORDS = 60;

    private LineGroups() {
    }

    /** How far a cell may stand from its column's start, in characters. */
    private static final int ALIGNMENT = 2;

    /**
     * The lines of one block; {@code cover} when it is a line of the first page's masthead, {@code table}
     * when its lines are the rows of a table.
     */
    record Group(List<SourceLine> lines, boolean cover, boolean table) {

        SourceLine first() {
            return lines.get(0);
        }

        Markers.Start start() {
            return first().start();
        }

        /** A line of the group ends a sentence: the group is text, not a title ("Attached is … S/2018/981."). */
        boolean endsASentence() {
            return lines.stream().anyMatch(line -> line.words().endsWith("."));
        }
    }

    static List<Group> group(List<SourceLine> lines, Layout layout) {
        List<Group> groups = new ArrayList<>();
        List<List<Integer>> cells = lines.stream().map(LineGroups::cellStarts).toList();  // each line's, once
        List<SourceLine> current = new ArrayList<>();
        boolean inCover = true;
        boolean currentCover = false;
        boolean titleNext = false;  // the current group is the first after the masthead: the title, which may be long
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            boolean coverLine = inCover && CoverLines.isCoverLine(line.words());
            int rows = inCover && coverLine ? 0 : tableRows(cells, i);
            if (rows >= 2) {
                if (!current.isEmpty()) {
                    groups.add(new Group(List.copyOf(current), currentCover, false));
                    current.clear();
                }
                groups.add(new Group(List.copyOf(lines.subList(i, i + rows)), false, true));
                inCover = false;
                i += rows - 1;
                continue;
            }
            if (!current.isEmpty() && !currentCover && numberAfterFirstLine(current, line, layout)) {
                current.add(0, line);  // the paragraph's number, printed (or read) after its first line, goes before it
                continue;
            }
            if (!current.isEmpty() && (coverLine || startsGroup(current, currentCover, titleNext, line, next(lines, i), layout))) {
                titleNext = currentCover;
                groups.add(new Group(List.copyOf(current), currentCover, false));
                current.clear();
            }
            if (current.isEmpty()) {
                currentCover = coverLine;
                inCover = inCover && coverLine;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), currentCover, false));
        }
        return groups;
    }

    /**
     * How many lines from {@code from} on are rows of one table, given each line's {@link #cellStarts}: the first has two cells or more, which
     * set the columns; each next line has its cells where columns start (a cell's words wrapped onto the
     * next line stand under their column); two rows at least have two cells or more.
     */
    private static int tableRows(List<List<Integer>> cells, int from) {
        List<Integer> columns = cells.get(from);
        if (columns.size() < 2) {
            return 0;
        }
        int end = from + 1;
        int full = 1;
        while (end < cells.size() && aligned(cells.get(end), columns)) {
            full += cells.get(end).size() >= 2 ? 1 : 0;
            end++;
        }
        return full >= 2 ? end - from : 0;
    }

    /** Every cell starts where a column starts, give or take {@link #ALIGNMENT} characters; one cell alone not in the first column. */
    private static boolean aligned(List<Integer> starts, List<Integer> columns) {
        if (starts.isEmpty() || (starts.size() == 1 && column(starts.get(0), columns) <= 0)) {
            return false;
        }
        return starts.stream().allMatch(start -> column(start, columns) >= 0);
    }

    /** The column a cell starting at {@code start} stands in, or -1. */
    static int column(int start, List<Integer> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (Math.abs(columns.get(c) - start) <= ALIGNMENT) {
                return c;
            }
        }
        return -1;
    }

    /** Where a line's cells start, counting its indent: cells stand apart by wide spaces. */
    static List<Integer> cellStarts(SourceLine line) {
        List<Integer> starts = new ArrayList<>();
        for (int[] cell : cellBounds(line.text())) {
            starts.add(line.indent() + cell[0]);
        }
        return starts;
    }

    /** A table row's cells, one a column, empty where the row prints nothing in that column. */
    static List<String> cells(SourceLine line, List<Integer> columns) {
        String[] out = new String[columns.size()];
        java.util.Arrays.fill(out, "");
        for (int[] cell : cellBounds(line.text())) {
            out[Math.max(0, column(line.indent() + cell[0], columns))] = line.text().substring(cell[0], cell[1]);
        }
        return List.of(out);
    }

    /**
     * The cells of a text as {start, end}: words (runs of non-whitespace) at most two spaces apart, since a
     * marker after a word leaves two; cells stand wider apart, or apart by other whitespace. A scan of the
     * characters, not a regex: every line is cut so, each time lines are grouped.
     */
    private static List<int[]> cellBounds(String text) {
        List<int[]> cells = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (Whitespace.isSpace(text.charAt(at))) {
                at++;
                continue;
            }
            int start = at;
            at = wordEnd(text, at);
            int spaces = spaces(text, at);
            while (spaces <= 2 && at + spaces < text.length() && !Whitespace.isSpace(text.charAt(at + spaces))) {
                at = wordEnd(text, at + spaces);
                spaces = spaces(text, at);
            }
            cells.add(new int[] {start, at});
        }
        return cells;
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Whitespace.isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** How many spaces stand at {@code from}, counted up to three: more than two end a cell. */
    private static int spaces(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 3 && text.charAt(end) == ' ') {
            end++;
        }
        return end - from;
    }

    /**
     * A paragraph's number alone on its line, apart from the one line above it, which is a wrapped line of
     * running text standing by itself: an OCR layer or an extractor put the number after the paragraph's
     * first line (the number stands in the margin, level with the first line's baseline or below it).
     */
    private static boolean numberAfterFirstLine(List<SourceLine> current, SourceLine line, Layout layout) {
        return current.size() == 1 && line.start().kind() == Markers.Kind.NUMBER && line.start().numberOnly()
                && !line.pageBreakBefore() && current.get(0).blankBefore()
                && layout.wrappedLine(current.get(0));
    }

    private static SourceLine next(List<SourceLine> lines, int i) {
        return i + 1 < lines.size() ? lines.get(i + 1) : null;
    }

    private static boolean startsGroup(List<SourceLine> current, boolean cover, boolean title, SourceLine line,
                                       SourceLine next, Layout layout) {
        SourceLine previous = current.get(current.size() - 1);
        String before = previous.words();
        String text = line.words();
        Markers.Start opening = current.get(0).start();
        Markers.Start start = line.start();
        if (title && Markers.TITLE_LAST.matcher(before).matches()) {
            return true;  // "Addendum" closes a title
        }
        if (line.pageBreakBefore() && Markers.DATE_ALONE.matcher(before).matches()) {
            return true;  // a dated note ends its page ("1 November 2018")
        }
        if (closesAtLineEnd(opening.kind(), current)) {
            return true;
        }
        if (current.size() == 1 && opening.kind() == Markers.Kind.ANNEX && !Markers.continues(text)) {
            return true;  // "Annex" on its line, its title on the next
        }
        if (current.size() == 1 && opening.numberOnly()) {
            return start.kind() != Markers.Kind.NONE;  // "A." alone: its words follow on the next line
        }
        boolean gap = line.blankBefore() || line.pageBreakBefore();
        if (cover && (line.pageBreakBefore() || (line.blankBefore() && layout.blankLinesSeparate())
                || CoverLines.endsMasthead(previous.words())
                || (capitals(before) && !capitals(text)))
                && !Markers.continues(text)) {
            return true;  // the masthead's items are short; what stands apart from them is the text
        }
        boolean numberedHeading = opening.kind() == Markers.Kind.ROMAN || opening.kind() == Markers.Kind.LETTER;
        if (gap && standsAsNumber(start)) {
            return true;  // a number alone on its line, or "II. Political developments", apart from the text above
        }
        if (start.kind() != Markers.Kind.NONE && (Markers.terminal(before)
                || Markers.headingLike(joined(current), numberedHeading ? NUMBERED_HEADING_WORDS : HEADING_WORDS)
                || (title && Markers.headingLike(joined(current), TITLE_WORDS) && standsAsNumber(start))
                || (gap && layout.blankLinesSeparate()))) {
            return true;
        }
        if (Markers.continues(text)) {
            return false;
        }
        if (!Markers.terminal(before)) {
            return line.blankBefore() && !line.pageBreakBefore() && layout.blankLinesSeparate();
        }
        if (gap && layout.blankLinesSeparate()) {
            return true;
        }
        if (layout.indentSeparates() && line.indent() > layout.continuationIndent()) {
            return true;
        }
        return Markers.headingLike(text, HEADING_WORDS) && next != null
                && (next.start().kind().numbered() || (next.blankBefore() && layout.blankLinesSeparate()));
    }

    /** Letters, all of them capitals: a 1990s title or agenda item, which the text in mixed case follows. */
    private static boolean capitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }

    /** A paragraph's number alone on its line, or a numbered heading ("II. Political developments"). */
    private static boolean standsAsNumber(Markers.Start start) {
        return start.numberOnly() || ((start.kind() == Markers.Kind.ROMAN || start.kind() == Markers.Kind.LETTER)
                && Markers.headingLike(start.rest(), NUMBERED_HEADING_WORDS));
    }

    /** Lines that are whole by themselves: an adoption line, "[Original: French]". */
    private static boolean closesAtLineEnd(Markers.Kind kind, List<SourceLine> current) {
        return kind == Markers.Kind.ADOPTED || kind == Markers.Kind.ORIGINAL
                || (current.size() == 1 && Markers.DATE_ALONE.matcher(current.get(0).words()).matches());
    }

    private static String joined(List<SourceLine> lines) {
        return String.join(" ", lines.stream().map(SourceLine::words).toList());
    }
}
