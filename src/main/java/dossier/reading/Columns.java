package dossier.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads a page set in two columns side by side, as an extractor that keeps the layout leaves it
 * ({@code pdftotext -layout}): each line holds a line of the left column, a gutter of spaces, and a line of
 * the right one. The page is read column by column: the left column's lines, then the right's. Only pages
 * the extractor ended with a form feed are measured (the page must be known), and only where the gutter is
 * steady: the right column starts at one position on many lines, after a run of spaces, and hardly any line
 * runs across it (a table or a heading as wide as the page leaves the page as it is), and its lines are not mostly
 * figures (a table's last column). The last page of a text may
 * hold far fewer lines in its right column than in its left: the left column's lines running full to the gutter
 * count as evidence too. A line whose right part starts a few characters in (a heading of the right column,
 * indented) is cut there; one whose right part starts elsewhere (the masthead's date, far right) is not.
 */
final class Columns {

    /** Where a right column may start at the earliest, in characters. */
    private static final int MIN_START = 30;
    /** Spaces at least between the columns. */
    private static final int GUTTER = 2;
    /** Lines with both columns needed on a page, at least, and as a share of its lines of text. */
    private static final int MIN_ROWS = 5;
    private static final double ROW_SHARE = 0.4;
    /** Lines running across the gutter tolerated, as a share of the page's lines of text. */
    private static final double CROSSING_SHARE = 0.1;
    /** How far before the gutter a left column's line may end and still run full, in characters. */
    private static final int FULL = 12;
    /** The share of the lines with both columns whose left part runs full, at least, for the left column to be prose. */
    private static final double PROSE_ROWS = 0.8;
    /** How far into the right column a line's right part may start (a heading indented), in characters. */
    private static final int INDENT = 4;

    private Columns() {
    }

    /**
     * The body's lines, each two-column page read column by column; {@code pages} how many were; {@code origins} each
     * line's index in the body, for messages that name a line of the file.
     */
    record Read(List<String> lines, int pages, int[] origins) {

        /** Each line's number in the file whose body starts at line {@code firstLine}. */
        int[] lineNumbers(int firstLine) {
            return IntStream.of(origins).map(i -> firstLine + i).toArray();
        }
    }

    static Read read(List<String> body) {
        List<String> out = new ArrayList<>(body.size());
        List<Integer> origins = new ArrayList<>(body.size());
        int pages = 0;
        int start = 0;
        for (int i = 1; i <= body.size(); i++) {
            if (i == body.size() || body.get(i).indexOf('\f') >= 0) {
                pages += page(body.subList(start, i), start, start > 0 || body.get(0).indexOf('\f') >= 0 || i < body.size(), out, origins);
                start = i;
            }
        }
        return new Read(out, pages, origins.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Adds one page's lines, by column when it is set in two; 1 when it was. */
    private static int page(List<String> page, int start, boolean delimited, List<String> out, List<Integer> origins) {
        // The form feed opening a page takes no room on it: measured without it, put back before the page.
        boolean formFeed = !page.isEmpty() && page.get(0).startsWith("\f");
        List<String> lines = formFeed ? new ArrayList<>(page) : page;
        if (formFeed) {
            lines.set(0, page.get(0).substring(1));
        }
        int right = delimited ? rightColumn(lines) : -1;
        if (right < 0) {
            out.addAll(page);
            for (int i = 0; i < page.size(); i++) {
                origins.add(start + i);
            }
            return 0;
        }
        int first = out.size();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 2 * lines.size(); i++) {  // the left parts, then the right ones
            origins.add(start + i % lines.size());
        }
        for (String line : lines) {
            if (line.length() <= right || !line.substring(right - GUTTER, right).isBlank()
                    || line.substring(right, Math.min(line.length(), right + INDENT + 1)).isBlank()) {
                out.add(line);
                second.add("");
            } else {
                out.add(line.substring(0, right).stripTrailing());
                second.add(line.substring(right));
            }
        }
        out.addAll(second);
        if (formFeed) {
            out.set(first, "\f" + out.get(first));
        }
        return 1;
    }

    /** Whether a line (or a line's left part) ends just before the gutter, as a justified column's lines do. */
    private static boolean full(String line, int right) {
        return line.length() < right - GUTTER && line.length() >= right - GUTTER - FULL;
    }

    /** Where the right column starts, or -1 when the page is not set in two columns. */
    private static int rightColumn(List<String> lines) {
        Map<Integer, Integer> starts = new HashMap<>();
        int text = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            text++;
            int first = line.length() - line.stripLeading().length();
            for (int at = MIN_START; at < line.length(); at++) {
                if (line.charAt(at) != ' ' && first < at - GUTTER && line.substring(at - GUTTER, at).isBlank()) {
                    starts.merge(at, 1, Integer::sum);
                }
            }
        }
        int right = starts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(-1);
        if (right < 0 || starts.get(right) < MIN_ROWS) {
            return -1;
        }
        int crossing = 0;
        int rightOnly = 0;
        int fullLeft = 0;
        int fullRows = 0;
        int figures = 0;
        for (String line : lines) {
            figures += line.length() > right && line.charAt(right) != ' ' && Tables.number(line.substring(right).strip()) ? 1 : 0;
            if (line.length() > right && !line.isBlank() && !line.substring(right - GUTTER, right).isBlank()) {
                crossing++;
            }
            rightOnly += line.length() > right && line.substring(0, right).isBlank() && line.charAt(right) != ' ' ? 1 : 0;
            fullLeft += full(line, right) ? 1 : 0;
            fullRows += line.length() > right && line.charAt(right) != ' ' && full(line.substring(0, right).stripTrailing(), right) ? 1 : 0;
        }
        // A table's rows have both columns too, but its left cells do not run full to the gutter as prose does.
        boolean prose = fullRows >= PROSE_ROWS * starts.get(right);
        // A column of figures beside labels is a table's: a right column of prose holds words.
        if (2 * figures > starts.get(right)) {
            return -1;
        }
        if (starts.get(right) + rightOnly + (prose ? fullLeft : 0) < ROW_SHARE * text) {
            return -1;
        }
        return crossing <= CROSSING_SHARE * text ? right : -1;
    }
}
