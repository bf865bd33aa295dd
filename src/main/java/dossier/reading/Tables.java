package dossier.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a table where the kept lines hold one, in any of the three ways extractors leave a table's rows:
 * <ul>
 * <li><b>aligned</b>: cells apart by wide spaces, each cell in a column: a column is the span of the cells
 * printed over one another, so text cells aligned left, numbers aligned right and headings centred over their
 * column all fall in it; no row puts two cells in one column, and a line of one cell inside the table is a
 * cell wrapped or a row heading;</li>
 * <li><b>one cell a line</b>: a label, then its number(s), again and again ("Belgium" / "1" / "Croatia" / "1"),
 * under a header of as many labels ("Country" / "Number"); a total's figures alone, its label after them, end it;</li>
 * <li><b>one row a line</b>, cells apart by single spaces: a label and the same count of numbers on every line
 * ("Pakistan 7a", "Argentina - - - 0"), under a header line of labels; or, under a line of column heads, a label and
 * as many numbers as the row prints (its empty cells dropped).</li>
 * </ul>
 * A table holds numbers in two rows at least, or, aligned, has two cells or more on every line, each starting
 * where its column starts: prose does neither (two columns of prose side by side leave lines of one). Its first row is its header when it holds no number and the others do. Every word of a
 * table's lines is one of its cells, in the order printed.
 */
final class Tables {

    /** A number as a table prints it: grouped by spaces or commas, in brackets when negative, with a footnote letter; or a dash for none. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\(?[-–]?\\d{1,3}(?:[ ,]\\d{3})*(?:\\.\\d+)?\\)?[a-z]?%?|\\(?\\d+(?:\\.\\d+)?\\)?[a-z]?%?|[-–—]");
    /** A number's first group of digits, and a group of three after it, when a space stands between its groups. */
    private static final Pattern GROUP_LEAD = Pattern.compile("\\(?\\d{1,3}");
    private static final Pattern GROUP = Pattern.compile("\\d{3}[a-z]?\\)?");
    private static final int LABEL_WORDS = 10;
    /** A table's number is short ("(35 060 202)"); a longer text is not tried, so no line costs the pattern more. */
    private static final int LONGEST_NUMBER = 24;
    private static final int MOST_COLUMNS = 8;
    /** How far a cell of a table of words may stand from its column's start, in characters. */
    private static final int ALIGNMENT = 2;
    /** Lines of one cell a table's header may print over its columns, at the most. */
    private static final int MOST_HEADS = 3;
    /** Words of a cell's end wrapped onto a line of its own in the last column. */
    private static final int WRAPPED_WORDS = 2;
    /** A group of a number printed with spaces between its groups of three digits. */
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    private final List<SourceLine> lines;
    private final List<String> words;
    private final List<List<int[]>> spans;
    private final boolean[] label;
    private final int[] numbersAtEnd;

    /** The facts about each line a table is found by, worked out once. */
    Tables(List<SourceLine> lines) {
        this.lines = lines;
        this.words = lines.stream().map(SourceLine::words).toList();
        this.spans = lines.stream().map(Tables::cellSpans).toList();
        this.label = labels(words);
        this.numbersAtEnd = words.stream().mapToInt(Tables::numbersAtEnd).toArray();
    }

    /**
     * A table found at a line: how many lines it takes, its rows (each its cells, in column order; its first
     * {@code headerRows} the header) and, where its header or rows could not be cut into columns, why.
     */
    record Table(int lines, List<List<String>> rows, int headerRows, Optional<String> undecided) {
    }

    /** The table that starts at {@code from}, if one does. */
    Optional<Table> at(int from) {
        Optional<Table> aligned = aligned(from);
        if (aligned.isPresent()) {
            return aligned;
        }
        Optional<Table> perLine = oneCellALine(words, label, from)
                .map(run -> new Table(run.length, run.rows, run.header ? 1 : 0, run.undecided));
        if (perLine.isPresent()) {
            return perLine;
        }
        Optional<Table> sameWidth = rowALine(from);
        Optional<Table> headed = underHeads(from);
        Optional<Table> byLines = headed.isPresent() && headed.get().lines() > sameWidth.map(Table::lines).orElse(0) ? headed : sameWidth;
        return byLines.or(() -> StackedHeads.at(lines, words, from)).or(() -> MarksApart.at(lines, words, from));
    }

    /**
     * Which texts stand in a run of one cell a line, under heads of a label a line or of a word a line ({@link
     * StackedHeads}), so that a number there is read as a cell, not a page's or a footnote's.
     */
    static boolean[] oneCellALine(List<String> texts) {
        boolean[] inRun = new boolean[texts.size()];
        boolean[] labels = labels(texts);
        for (int i = 0; i < texts.size(); i++) {
            int at = i;
            int length = oneCellALine(texts, labels, at).map(Run::length).orElseGet(() -> StackedHeads.cellsALine(texts, at));
            if (length > 0) {
                Arrays.fill(inRun, i, i + length, true);
                i += length - 1;
            }
        }
        return inRun;
    }

    /** A line that is a table's row of a label and two figures or more ("Total 280 700"). */
    static boolean rowOfFigures(String line) {
        return numbersAtEnd(line) >= 2;
    }

    static boolean number(String cell) {
        return cell.length() <= LONGEST_NUMBER && NUMBER.matcher(cell).matches();
    }

    private static boolean[] labels(List<String> texts) {
        boolean[] labels = new boolean[texts.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = label(texts.get(i));
        }
        return labels;
    }

    /** A label says what a row or column holds, in a few words, and ends no sentence or clause. */
    private static boolean label(String text) {
        return !text.isEmpty() && ".;:,".indexOf(text.charAt(text.length() - 1)) < 0
                && Whitespace.pieces(text) <= LABEL_WORDS && !number(text) && Markers.of(text).kind() == Markers.Kind.NONE;
    }

    // One cell a line.

    private record Run(int length, List<List<String>> rows, boolean header, Optional<String> undecided) {
    }

    /**
     * The longest run of one cell a line from {@code from}: rows of a label (wrapped onto two lines at most, past
     * the first row, whose label a header's last name could otherwise be taken for) and
     * its numbers, two rows or more under a header of as many labels (the first not in lower case, as words of a
     * title broken one a line are: "list" / "as" / "of" / "20"), three without. A row short of a number
     * or two (the extractor dropped an empty cell) stays in, padded at its end, and is reported.
     */
    private static Optional<Run> oneCellALine(List<String> texts, boolean[] labels, int from) {
        Run best = null;
        for (int width = 2; width <= MOST_COLUMNS; width++) {
            boolean header = from + width <= texts.size() && allLabels(labels, from, from + width) && !Markers.continues(texts.get(from));
            List<List<String>> rows = new ArrayList<>();
            if (header) {
                rows.add(List.copyOf(texts.subList(from, from + width)));
            }
            int end = header ? from + width : from;
            int full = 0;
            List<String> shortRows = new ArrayList<>();
            while (end < texts.size() && labels[end]) {
                int numbers = end + 1;
                boolean wrapped = rows.size() > (header ? 1 : 0) && numbers < texts.size() && labels[numbers] && numbers + 1 < texts.size() && number(texts.get(numbers + 1));
                numbers += wrapped ? 1 : 0;
                int count = figures(texts, numbers, width);
                if (count == width && totalAlone(texts, labels, numbers + width - 1, width - 1)) {
                    count = width - 1;
                }
                boolean closed = numbers + count == texts.size() || labels[numbers + count];
                if (count == 0 || count > width - 1 || (count < width - 1 && !closed)) {
                    break;
                }
                List<String> row = new ArrayList<>();
                row.add(wrapped ? texts.get(end) + " " + texts.get(end + 1) : texts.get(end));
                row.addAll(texts.subList(numbers, numbers + count));
                if (count < width - 1) {
                    shortRows.add(row.get(0));
                    while (row.size() < width) {
                        row.add("");
                    }
                } else {
                    full++;
                }
                rows.add(row);
                end = numbers + count;
            }
            if (full > 0 && totalAlone(texts, labels, end, width - 1)) {
                List<String> row = new ArrayList<>(List.of(""));
                row.addAll(texts.subList(end, end + width - 1));
                rows.add(row);
                end += width - 1;
            }
            List<List<String>> body = rows.subList(header ? 1 : 0, rows.size());
            if (full >= (header ? 2 : 3) && shortRows.size() * 3 <= full && varied(body) && (best == null || end - from > best.length)) {
                Optional<String> undecided = shortRows.isEmpty() ? Optional.empty() : Optional.of(named(shortRows)
                        + " print fewer cells than the others; which are missing is not known, so the cells stand from the left");
                best = new Run(end - from, List.copyOf(rows), header, undecided);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A row's figures alone at {@code from}, as many as a row has, then a label or nothing: a total whose label the
     * extractor put after its figures (pdftotext's order), or printed none. It ends a run of one cell a line.
     */
    private static boolean totalAlone(List<String> texts, boolean[] labels, int from, int cells) {
        int end = from + cells;
        return figures(texts, from, cells + 1) == cells && (end == texts.size() || labels[end]);
    }

    /** How many of the texts from {@code from} are figures, {@code most} at the most. */
    private static int figures(List<String> texts, int from, int most) {
        int count = 0;
        while (from + count < texts.size() && count < most && number(texts.get(from + count))) {
            count++;
        }
        return count;
    }

    /** The rows' numbers are not all one value: a date or a code repeated down a column ("1999") is no table's evidence. */
    private static boolean varied(List<List<String>> rows) {
        return rows.stream().flatMap(row -> row.stream().skip(1)).filter(Tables::number).distinct().count() > 1;
    }

    private static boolean allLabels(boolean[] labels, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!labels[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNumbers(List<String> texts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!number(texts.get(i))) {
                return false;
            }
        }
        return true;
    }

    // One row a line.

    /** Lines of a label and the same count of numbers, three or more, under a header line of labels if there is one. */
    private Optional<Table> rowALine(int from) {
        boolean header = label[from] && from + 1 < lines.size();
        int first = header ? from + 1 : from;
        int width = numbersAtEnd[first];
        if (width == 0) {
            return Optional.empty();
        }
        int end = first;
        while (end < lines.size() && numbersAtEnd[end] == width) {
            end++;
        }
        if (end - first < 3) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        Optional<String> undecided = Optional.empty();
        if (header) {
            List<String> names = List.of(Whitespace.single(words.get(from)).split(" "));
            if (names.size() != width + 1) {
                names = List.of(Whitespace.single(words.get(from)));
                undecided = Optional.of("line " + lines.get(from).number() + ": table header “" + names.get(0)
                        + "” not cut into its " + (width + 1) + " columns (single spaces between them); shown across them");
            }
            rows.add(names);
        }
        for (int i = first; i < end; i++) {
            List<String> pieces = List.of(Whitespace.single(words.get(i)).split(" "));
            List<String> row = new ArrayList<>();
            row.add(String.join(" ", pieces.subList(0, pieces.size() - width)));
            row.addAll(pieces.subList(pieces.size() - width, pieces.size()));
            rows.add(row);
        }
        if (!varied(rows.subList(header ? 1 : 0, rows.size()))) {
            return Optional.empty();
        }
        return Optional.of(new Table(end - from, rows, header ? 1 : 0, undecided));
    }

    /**
     * Rows of a label and its figures under a line of column heads, a capitalised word a column ("Country Women Men
     * Women Men"), three rows or more. A row printing a figure for each column is cut into them; a row printing fewer
     * pieces (the extractor dropped its empty cells) or more (numbers grouped by spaces) cannot be placed without
     * the page's positions, so its figures stand together across the columns, and this is reported. A line of figures
     * alone (a total's parts) is a row with no label, past the first row (a name over a number is no header). The heads
     * printed again on a new page, with a line over them, stay as rows; that line over the heads is the table's first
     * header row when the new page prints it again too, and the heads under it may be in lower case, wrapped from it.
     * Figures grouped by spaces are cut where one way only fits the columns; a name wrapped onto lines of its own is
     * the row's.
     */
    private Optional<Table> underHeads(int from) {
        boolean spanning = columnHeads(from, false).size() < 3;  // a line over the heads ("Staff officers Troops")
        int headsAt = spanning ? from + 1 : from;
        List<String> heads = label[from] && headsAt < lines.size() ? columnHeads(headsAt, spanning && capitalised(from)) : List.of();
        if (heads.size() < 3) {
            return Optional.empty();
        }
        int width = heads.size() - 1;
        List<List<String>> rows = new ArrayList<>();
        if (spanning) {
            rows.add(List.of(Whitespace.single(words.get(from)).strip()));
        }
        rows.add(heads);
        List<String> unplaced = new ArrayList<>();
        boolean spanningAgain = false;
        int end = from;
        int rowsTaken = 0;
        int figureRows = 0;
        Set<String> values = new HashSet<>();
        String wrapped = "";
        for (int i = headsAt + 1; i < lines.size(); i++) {
            List<String> pieces = List.of(Whitespace.single(words.get(i)).strip().split(" "));
            int figures = numbersAtEnd[i] > 0 ? numbersAtEnd[i] : allNumbers(pieces, 0, pieces.size()) ? pieces.size() : 0;
            boolean labelled = figures < pieces.size();
            if (figures > 0 && figures <= 2 * width && (labelled || figureRows > 0)) {
                String name = (wrapped + String.join(" ", pieces.subList(0, pieces.size() - figures))).strip();
                wrapped = "";
                List<String> row = new ArrayList<>(List.of(name));
                List<String> cells = pieces.subList(pieces.size() - figures, pieces.size());
                values.addAll(cells);
                Optional<List<String>> grouped = figures > width ? grouped(cells, width) : Optional.empty();
                if (figures == width) {
                    row.addAll(cells);
                } else if (grouped.isPresent()) {
                    row.addAll(grouped.get());
                } else {
                    row.add(String.join(" ", cells));
                    unplaced.add(name.isEmpty() ? String.join(" ", cells) : name);
                }
                rows.add(row);
                figureRows++;
                end = i + 1;
                rowsTaken = rows.size();
            } else if (heads.equals(columnHeads(i, true))) {
                rows.add(heads);
            } else if (label[i] && i + 1 < lines.size() && heads.equals(columnHeads(i + 1, true))) {
                rows.add(List.of(Whitespace.single(words.get(i)).strip()));
                spanningAgain |= words.get(from).equals(words.get(i));
            } else if (figureRows > 0 && wrappedLabel(i)) {
                wrapped += Whitespace.single(words.get(i)).strip() + " ";
            } else {
                break;
            }
        }
        if (figureRows < 3 || (spanning && !spanningAgain) || values.size() < 2) {  // one value down a column: no table (varied)
            return Optional.empty();
        }
        Optional<String> undecided = unplaced.isEmpty() ? Optional.empty() : Optional.of(named(unplaced)
                + " print fewer or more figures than its " + width + " columns; which column each is in is not known,"
                + " so they stand across the columns");
        return Optional.of(new Table(end - from, List.copyOf(rows.subList(0, rowsTaken)), spanning ? 2 : 1, undecided));
    }

    /**
     * A row's label wrapped onto the lines before its figures, two at the most ("United Kingdom of" / "Great Britain
     * and" / "Northern Ireland 3 273 19 0"): a line of a label broken off in mid-phrase, its last word in lower case.
     */
    private boolean wrappedLabel(int i) {
        String[] pieces = Whitespace.single(words.get(i)).strip().split(" ");
        boolean broken = label[i] && pieces.length > 1 && Character.isLowerCase(pieces[pieces.length - 1].codePointAt(0));
        return broken && (labelledRow(i + 1) || (i + 1 < lines.size() && label[i + 1] && labelledRow(i + 2)));
    }

    private boolean labelledRow(int i) {
        return i < lines.size() && numbersAtEnd[i] > 0;
    }

    /**
     * Figures printed with a space between groups of three digits ("1 242 42 37"), cut into {@code width} numbers
     * where one way only does it, each number a figure and the three-digit groups after it ("1 242", "42", "37").
     */
    private static Optional<List<String>> grouped(List<String> figures, int width) {
        List<List<String>> found = new ArrayList<>();
        cut(figures, 0, width, new ArrayList<>(), found);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Adds to {@code found} the ways of cutting the figures from {@code from} into {@code left} numbers; two are enough. */
    private static void cut(List<String> figures, int from, int left, List<String> numbers, List<List<String>> found) {
        if (from == figures.size() || left == 0 || found.size() > 1) {
            if (from == figures.size() && left == 0) {
                found.add(List.copyOf(numbers));
            }
            return;
        }
        for (int to = from + 1; to <= figures.size()
                && (to == from + 1 || (GROUP_LEAD.matcher(figures.get(from)).matches() && GROUP.matcher(figures.get(to - 1)).matches())); to++) {
            numbers.add(String.join(" ", figures.subList(from, to)));
            cut(figures, to, left - 1, numbers, found);
            numbers.remove(numbers.size() - 1);
        }
    }

    /** Rows named by their labels, for a message: "table rows “Chad”, “Togo”". */
    private static String named(List<String> rows) {
        return "table rows " + String.join(", ", rows.stream().map(r -> "“" + r + "”").toList());
    }

    /**
     * The column heads of a line: its words, three or more, each capitalised, no figure among them; or none. Heads
     * wrapped onto two lines ("Military Civilian" / "Country Troops observers police") leave the lower line's words
     * in lower case: under such a line ({@code wrapped}), the first capitalised is enough.
     */
    private List<String> columnHeads(int line, boolean wrapped) {
        if (!label[line] || words.get(line).chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        List<String> heads = List.of(Whitespace.single(words.get(line)).strip().split(" "));
        return heads.stream().limit(wrapped ? 1 : heads.size()).allMatch(Tables::capitalised) ? heads : List.of();
    }

    /** The line's words all capitalised. */
    private boolean capitalised(int line) {
        return Stream.of(Whitespace.single(words.get(line)).strip().split(" ")).allMatch(Tables::capitalised);
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** How many numbers end a line that opens with a label ("Pakistan 7a": 1), or 0. */
    private static int numbersAtEnd(String line) {
        String[] words = Whitespace.single(line).strip().split(" ");
        int numbers = 0;
        while (numbers < words.length && number(words[words.length - 1 - numbers])) {
            numbers++;
        }
        if (numbers == 0 || numbers == words.length || numbers > MOST_COLUMNS
                || !Character.isUpperCase(words[0].codePointAt(0))) {
            return 0;
        }
        return label(String.join(" ", Arrays.asList(words).subList(0, words.length - numbers))) ? numbers : 0;
    }

    // Aligned.

    /**
     * Lines of cells apart by wide spaces whose cells fall in columns, with numbers in two rows or more. Lines of one
     * cell right over its first row, none apart from the next by a blank line, that stand over the columns past the
     * first are heads spanning or wrapped ("For … revised budget only" / "Balance" / "(pledged minus"): header rows.
     */
    private Optional<Table> aligned(int from) {
        int first = from;
        while (first < lines.size() && first - from < MOST_HEADS && spans.get(first).size() == 1
                && (first == from || !lines.get(first).blankBefore())) {
            first++;
        }
        if (first > from && (first == lines.size() || lines.get(first).blankBefore()
                || lines.get(first).start().kind() != Markers.Kind.NONE)) {
            return Optional.empty();  // heads run into the header row, not into a numbered heading
        }
        return aligned(from, first);
    }

    private Optional<Table> aligned(int from, int first) {
        if (spans.get(first).size() < 2) {
            return Optional.empty();
        }
        List<int[]> columns = new ArrayList<>();
        List<List<int[]>> rows = new ArrayList<>();
        int end = first;
        int full = 0;
        int lastFull = first;
        // An annex's heading opens a new part: the table before it ends there.
        while (end < lines.size() && Markers.of(words.get(end)).kind() != Markers.Kind.ANNEX) {
            List<int[]> cells = spans.get(end);
            List<int[]> widened = merge(columns, cells);
            if (cells.size() >= 2 && !rowsFit(rows, cells, widened)) {
                cells = cut(lines.get(end), cells, columns);
                widened = merge(columns, cells);
            }
            if (cells.size() >= 2 && rowsFit(rows, cells, widened)) {
                columns = widened;
                full++;
                lastFull = end;
            } else if (cells.size() >= 2 || columns.isEmpty() || !oneColumn(columns, lines.get(end), cells.get(0))) {
                break;
            }
            rows.add(cells);
            end++;
        }
        end = lastFull + 1;  // a table ends on a row of cells, not on a line of one cell
        List<SourceLine> taken = lines.subList(first, end);
        long numbered = taken.stream().filter(line -> cellTexts(line).stream().skip(1).anyMatch(Tables::number)).count();
        if (full < 2 || (numbered < 2 && (full < taken.size() || !leftAligned(taken, columns))) || columns.size() > MOST_COLUMNS + 1) {
            return Optional.empty();
        }
        List<List<String>> table = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (i < first && !overFigures(lines.get(i), spans.get(i).get(0), columns)) {
                return Optional.empty();
            }
            table.add(cells(lines.get(i), i < first ? spans.get(i) : rows.get(i - first), columns));
        }
        if (numbered >= 2 && !varied(table)) {
            return Optional.empty();
        }
        int heads = numbered < 2 ? 0 : first > from ? heads(table.subList(first - from, table.size()))
                : table.get(0).stream().noneMatch(Tables::number) ? 1 : 0;
        if (first > from && heads == 0) {
            return Optional.empty();
        }
        return Optional.of(new Table(end - from, table, first - from + heads, Optional.empty()));
    }

    /**
     * A line of one cell over a table is a head when it starts in one of the columns past the first, as heads are set
     * over their figures, and opens no numbered part: a title or caption centred over the table starts anywhere.
     */
    private static boolean overFigures(SourceLine line, int[] span, List<int[]> columns) {
        return line.start().kind() == Markers.Kind.NONE && columns.stream().skip(1)
                .anyMatch(c -> span[0] >= c[0] - ALIGNMENT && span[0] < c[1]);
    }

    /** A row's cells, each in its column, "" where it prints none. */
    private static List<String> cells(SourceLine line, List<int[]> spans, List<int[]> columns) {
        String[] out = new String[columns.size()];
        Arrays.fill(out, "");
        for (int[] span : spans) {
            out[column(columns, span)] = span.length == 4 ? text(line, new int[] {span[2], span[3]}) : text(line, span);
        }
        return List.of(out);
    }

    /**
     * How many rows head a table of figures whose heads begin on lines of one cell over it: those before its first
     * figure, down to the last of them that prints two heads or more (a row heading of one cell under them, "Weapons",
     * is the body's). Without such lines, its first row only, when it holds no figure: a row of two cells under it
     * may be a row whose figure is wrapped onto the next line ("Abejas" / "Organización … en").
     */
    private static int heads(List<List<String>> rows) {
        int heads = 0;
        for (int r = 0; r < rows.size() && rows.get(r).stream().noneMatch(Tables::number); r++) {
            if (rows.get(r).stream().filter(cell -> !cell.isEmpty()).count() >= 2) {
                heads = r + 1;
            }
        }
        return heads;
    }

    /**
     * A row's cells where one runs over two columns or more, the extractor having left a single space between them:
     * figures of three-digit groups only ("198 300 000 199 951 333 164 891 131" over three columns) are cut into
     * numbers of as many groups as one another, one a column, when the groups divide so; figures and words ("72 120
     * European", "141 054 Heating") where they alternate as many times as there are columns, one run a column.
     * Words alone ("repairs") go to the column whose start is nearest theirs, words being aligned left.
     * Otherwise the cell is left whole. A piece is placed in its column: {column's start, end, text's start, end}.
     */
    private static List<int[]> cut(SourceLine line, List<int[]> cells, List<int[]> columns) {
        List<int[]> out = new ArrayList<>();
        for (int[] cell : cells) {
            List<int[]> over = columns.stream().filter(c -> cell[0] < c[1] && cell[1] > c[0]).toList();
            List<int[]> tokens = tokens(line, cell);
            List<Integer> starts = new ArrayList<>();  // the tokens each piece starts at
            if (over.size() < 2) {
                out.add(cell);
                continue;
            }
            if (tokens.stream().allMatch(t -> THREE_DIGITS.matcher(text(line, t)).matches())) {
                int each = tokens.size() / over.size();
                for (int k = 0; tokens.size() % over.size() == 0 && k < over.size(); k++) {
                    starts.add(k * each);
                }
            } else {
                for (int t = 0; t < tokens.size(); t++) {
                    if (t == 0 || number(text(line, tokens.get(t))) != number(text(line, tokens.get(t - 1)))) {
                        starts.add(t);
                    }
                }
            }
            if (starts.size() == 1 && !number(text(line, cell))) {
                int[] nearest = over.stream().min((a, b) -> Integer.compare(Math.abs(a[0] - cell[0]), Math.abs(b[0] - cell[0]))).orElseThrow();
                out.add(new int[] {nearest[0], nearest[1], cell[0], cell[1]});
                continue;
            }
            if (starts.size() != over.size()) {
                out.add(cell);
                continue;
            }
            for (int k = 0; k < starts.size(); k++) {
                int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : tokens.size() - 1;
                out.add(new int[] {over.get(k)[0], over.get(k)[1], tokens.get(starts.get(k))[0], tokens.get(last)[1]});
            }
        }
        return out;
    }

    /** The text at a span of a line, {start, end} counting its indent. */
    private static String text(SourceLine line, int[] span) {
        return line.text().substring(span[0] - line.indent(), span[1] - line.indent()).strip();
    }

    /** The words of a cell, as {start, end}. */
    private static List<int[]> tokens(SourceLine line, int[] cell) {
        List<int[]> tokens = new ArrayList<>();
        String text = line.text();
        int at = cell[0] - line.indent();
        while (at < cell[1] - line.indent()) {
            if (Whitespace.isSpace(text.charAt(at))) {
                at++;
                continue;
            }
            int end = wordEnd(text, at);
            tokens.add(new int[] {at + line.indent(), end + line.indent()});
            at = end;
        }
        return tokens;
    }

    /**
     * Every cell of every row of two cells or more starts where its column starts, give or take {@link #ALIGNMENT}:
     * a table of words only (a programme of work) is known by this, as prose's wide gaps fall anywhere.
     */
    private static boolean leftAligned(List<SourceLine> rows, List<int[]> columns) {
        int[] left = new int[columns.size()];
        Arrays.fill(left, Integer.MAX_VALUE);
        for (SourceLine row : rows) {
            cellSpans(row).forEach(span -> left[column(columns, span)] = Math.min(left[column(columns, span)], span[0]));
        }
        for (SourceLine row : rows) {
            List<int[]> spans = cellSpans(row);
            if (spans.size() >= 2 && spans.stream().anyMatch(span -> span[0] - left[column(columns, span)] > ALIGNMENT)) {
                return false;
            }
        }
        return true;
    }

    /** The columns widened by a line's cells: spans that overlap are one column. */
    private static List<int[]> merge(List<int[]> columns, List<int[]> spans) {
        List<int[]> all = new ArrayList<>();
        columns.forEach(c -> all.add(c.clone()));
        spans.forEach(s -> all.add(s.clone()));
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** No row, the new one included, puts two cells in one column of the widened columns. */
    private static boolean rowsFit(List<List<int[]>> rows, List<int[]> added, List<int[]> columns) {
        if (columns.size() > MOST_COLUMNS + 1) {
            return false;
        }
        List<List<int[]>> all = new ArrayList<>(rows);
        all.add(added);
        for (List<int[]> row : all) {
            int previous = -1;
            for (int[] span : row) {
                int column = column(columns, span);
                if (column == previous) {
                    return false;
                }
                previous = column;
            }
        }
        return true;
    }

    private static int column(List<int[]> columns, int[] span) {
        for (int c = 0; c < columns.size(); c++) {
            if (span[0] < columns.get(c)[1] && span[1] > columns.get(c)[0]) {
                return c;
            }
        }
        return 0;
    }

    /**
     * A line of one cell stands in the table when it overlaps one column at most and ends before the last
     * begins: a row's heading ("Weapons") or a cell wrapped onto its own line, not a line of prose across them;
     * or when it is a word or two in the last column, the end of its cell wrapped ("electricity" under "Import
     * costs —").
     */
    private static boolean oneColumn(List<int[]> columns, SourceLine line, int[] span) {
        long overlapping = columns.stream().filter(c -> span[0] < c[1] && span[1] > c[0]).count();
        int[] last = columns.get(columns.size() - 1);
        return overlapping <= 1 && (span[1] <= last[0] || (span[0] >= last[0] && Whitespace.pieces(line.words()) <= WRAPPED_WORDS));
    }

    /** Where a line's cells stand, as {start, end} counting its indent. */
    static List<int[]> cellSpans(SourceLine line) {
        List<int[]> cells = cellBounds(line.text());
        cells.forEach(cell -> {
            cell[0] += line.indent();
            cell[1] += line.indent();
        });
        return cells;
    }

    private static List<String> cellTexts(SourceLine line) {
        return cellBounds(line.text()).stream().map(cell -> line.text().substring(cell[0], cell[1])).toList();
    }

    /**
     * The cells of a text as {start, end}: words (runs of non-whitespace) at most two spaces apart, since a
     * marker after a word leaves two; cells stand wider apart, or apart by other whitespace. A scan of the
     * characters, not a regex: every line is cut so.
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
}
