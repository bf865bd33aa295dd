package dossier.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table whose column heads pdftotext {@code -raw} printed one word a line ("Units" / "United" / "Nations" /
 * "military" / "observers" / "Civilian" / "police Total"), printed again on each page, over rows of a label and its
 * figures, one a line: sub-items ("1. Croatia", "(a) Headquarters …") and row headings ("Sector East") among them,
 * a total's figures alone on the line under its label, footnote letters after the figures ("297 a/ 30 48"). A figure
 * glued to its label ("Battalion220") is left as printed: no space tells where the label ends. Where one head ends
 * and the next begins is not printed, nor which column a row's figures are in when it prints fewer than all: the
 * heads stand as one cell over the figures, each row's figures together, and this is reported.
 */
final class StackedHeads {

    /** Lines of heads, at the least: fewer are a title's or a list's words. */
    private static final int HEAD_LINES = 4;
    /** Words on a line of heads, at the most ("United" / "Nations" / "military observers"). */
    private static final int HEAD_WORDS = 2;
    /** Words of a row's label, at the most: more are a sentence of the text. */
    private static final int LABEL_WORDS = 10;
    /** Lines of a row's label, one cell a line, at the most. */
    private static final int LABEL_LINES = 3;
    /** Rows with figures a table has at the least, and their share of its rows. */
    private static final int FIGURE_ROWS = 3;
    /** A footnote's letter after a figure ("a/"). */
    private static final Pattern NOTE_LETTER = Pattern.compile("[a-z]/");
    /** A unit's number in brackets after its name ("Jordan (1)"): the name's, not a figure. */
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\(\\d\\)");

    private StackedHeads() {
    }

    /** The table that starts at {@code from} with its heads one word a line, if one does. */
    static Optional<Tables.Table> at(List<SourceLine> lines, List<String> words, int from) {
        String where = "line " + lines.get(from).number() + ": ";
        int heads = headLines(words, from);
        if (heads < HEAD_LINES) {
            return Optional.empty();
        }
        if (from + heads < words.size() && figure(words.get(from + heads))) {
            return cellALine(words, from, heads, where);
        }
        List<String> headWords = words.subList(from, from + heads);
        String header = String.join(" ", headWords.stream().map(w -> Whitespace.single(w).strip()).toList());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("", header));
        int end = from + heads;
        int taken = rows.size();
        int length = heads;
        int figureRows = 0;
        int sameLine = 0;  // rows printing their label and figures on one line: rows a line, not cells a line
        for (int i = from + heads; i < words.size(); i++) {
            if (i + heads <= words.size() && words.subList(i, i + heads).equals(headWords)) {
                rows.add(List.of("", header));  // the heads printed again on a new page
                i += heads - 1;
                continue;
            }
            String[] row = row(words.get(i));
            if (row == null) {
                break;
            }
            List<String> last = rows.get(rows.size() - 1);
            if (row[0].isEmpty() && !last.get(0).isEmpty() && last.get(1).isEmpty()) {
                rows.set(rows.size() - 1, List.of(last.get(0), row[1]));  // a total's figures under its label
            } else {
                rows.add(List.of(row[0], row[1]));
            }
            if (!row[1].isEmpty()) {
                sameLine += row[0].isEmpty() ? 0 : 1;
                figureRows++;
                taken = rows.size();
                length = i + 1 - from;
            }
            end = i + 1;
        }
        if (sameLine < FIGURE_ROWS || 2 * sameLine < figureRows || 3 * figureRows < taken - 1 || end == from + heads) {
            return Optional.empty();
        }
        return Optional.of(new Tables.Table(length, List.copyOf(rows.subList(0, taken)), 1, Optional.of(where + "table heads “" + header
                + "” printed one word a line: where one head ends and the next begins is not known, nor the column of each"
                + " figure in a row that prints fewer than all; the heads stand as one, each row's figures together")));
    }

    /** How many lines from {@code from} a table of heads a word a line over rows of one cell a line takes, or 0. */
    static int cellsALine(List<String> words, int from) {
        int heads = headLines(words, from);
        boolean cells = heads >= HEAD_LINES && from + heads < words.size() && figure(words.get(from + heads));
        return cells ? cellALine(words, from, heads, "").map(Tables.Table::lines).orElse(0) : 0;
    }

    /**
     * The same heads over rows of one cell a line: a row's label, on up to {@link #LABEL_LINES} lines (a row heading
     * over it: "Hostile" / "actions" / "Fatal"), then its figures, as many in every row; the heads' last line is the
     * first row's label. Heads of a word a line are more lines than two a column; fewer are a head a line, which
     * {@link Tables} reads. A row printing one figure more (a number grouped by a space, cut at the line end: "1" / "366")
     * or fewer has its figures together, and this is reported.
     */
    private static Optional<Tables.Table> cellALine(List<String> words, int from, int heads, String where) {
        String header = String.join(" ", words.subList(from, from + heads - 1).stream().map(w -> Whitespace.single(w).strip()).toList());
        List<List<String>> rows = new ArrayList<>();
        List<String> uneven = new ArrayList<>();
        int width = 0;
        int at = from + heads - 1;
        int end = at;
        while (at < words.size()) {
            int label = at;
            while (at < words.size() && at - label < LABEL_LINES && head(words.get(at))) {
                at++;
            }
            int figures = at;
            while (at < words.size() && figure(words.get(at))) {
                at++;
            }
            if (label == figures || figures == at || (width > 0 && at - figures > width + 1)) {
                break;
            }
            width = width == 0 ? at - figures : width;
            List<String> row = new ArrayList<>();
            row.add(String.join(" ", words.subList(label, figures).stream().map(w -> Whitespace.single(w).strip()).toList()));
            List<String> cells = words.subList(figures, at).stream().map(String::strip).toList();
            if (cells.size() == width) {
                row.addAll(cells);
            } else {
                uneven.add(row.get(0));
                row.add(String.join(" ", cells));
                while (row.size() <= width) {
                    row.add("");
                }
            }
            rows.add(row);
            end = at;
        }
        if (rows.size() < FIGURE_ROWS || width < 2 || heads - 1 < 2 * (width + 1)) {
            return Optional.empty();
        }
        List<String> head = new ArrayList<>(List.of("", header));
        while (head.size() <= width) {
            head.add("");
        }
        rows.add(0, head);
        return Optional.of(new Tables.Table(end - from, List.copyOf(rows), 1, Optional.of(where + "table heads “" + header
                + "” printed one word a line: where one head ends and the next begins is not known; they stand as one"
                + (uneven.isEmpty() ? "" : "; rows “" + String.join("”, “", uneven) + "” print " + "other than " + width
                + " figures, which are shown together"))));
    }

    /** A figure alone on its line ("3", "1 455"). */
    private static boolean figure(String text) {
        return Tables.number(Whitespace.single(text).strip());
    }

    /** How many lines from {@code from} are heads: one or two words, no figure, no mark of a clause's end or a part's start. */
    private static int headLines(List<String> words, int from) {
        int i = from;
        while (i < words.size() && head(words.get(i))) {
            i++;
        }
        return i - from;
    }

    private static boolean head(String text) {
        String words = Whitespace.single(text).strip();
        return !words.isEmpty() && Whitespace.pieces(words) <= HEAD_WORDS && words.chars().noneMatch(Character::isDigit)
                && !Markers.terminal(words) && Markers.of(words).kind() == Markers.Kind.NONE;
    }

    /** A line as a row: its label and its figures (either may be empty), or null when it is no row (a sentence, a long line). */
    private static String[] row(String text) {
        String line = Whitespace.single(text).strip();
        List<String> pieces = List.of(line.split(" "));
        int start = pieces.size();
        while (start > 0 && (Tables.number(pieces.get(start - 1)) || NOTE_LETTER.matcher(pieces.get(start - 1)).matches())
                && !(UNIT_NUMBER.matcher(pieces.get(start - 1)).matches() && start > 1 && !Tables.number(pieces.get(start - 2)))) {
            start--;
        }
        String label = String.join(" ", pieces.subList(0, start));
        String figures = String.join(" ", pieces.subList(start, pieces.size()));
        if (label.isEmpty() ? figures.isEmpty() || NOTE_LETTER.matcher(pieces.get(0)).matches()
                : Whitespace.pieces(label) > LABEL_WORDS || Markers.terminal(label)) {
            return null;
        }
        return new String[] {label, figures};
    }
}
