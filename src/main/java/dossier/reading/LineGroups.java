package dossier.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the kept lines into groups, each the lines of one block: a paragraph, a heading, a cover line, a
 * signature. A line starts a new group when it opens a structural part after a finished clause, when
 * the layout says so (a blank line, an indent), or when it is a heading standing before a numbered
 * part; a line that continues the sentence — lower case, or after an unfinished line — never does.
 * Page breaks are transparent: a sentence cut by one joins up again. Past the masthead, the lines of a
 * table ({@link Tables}) are one group.
 */
final class LineGroups {

    /** Longest heading, in words, recognised only by its look. */
    static final int HEADING_WORDS = 14;
    /** Longest heading, in words, that opens with its number or letter ("II. Implementation of …"). */
    static final int NUMBERED_HEADING_WORDS = 30;
    /** Longest title, in words. */
    static final int TITLE_WORDS = 60;
    /** A paragraph's number an OCR layer read with a comma ("4,"). */
    private static final Pattern NUMBER_WITH_COMMA = Pattern.compile("(\\d{1,3}),");

    private LineGroups() {
    }

    /**
     * The lines of one block; {@code cover} when it is a line of the first page's masthead, {@code table}
     * the table its lines are, or null; {@code map} when they are a map's words ({@link Maps}).
     */
    record Group(List<SourceLine> lines, boolean cover, Tables.Table table, boolean map) {

        Group(List<SourceLine> lines, boolean cover) {
            this(lines, cover, null, false);
        }

        boolean isTable() {
            return table != null;
        }

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
        Tables tables = new Tables(lines);
        boolean[] map = Maps.labels(lines);
        List<SourceLine> current = new ArrayList<>();
        boolean inCover = true;
        boolean currentCover = false;
        boolean titleNext = false;  // the current group is the first after the masthead: the title, which may be long
        int lastNumber = 0;  // the number of the last paragraph begun
        boolean annex = false;  // past the body: an annex's pages hold tables and texts of their own
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            boolean coverLine = inCover && CoverLines.isCoverLine(line.words());
            // A map's words or a table: a block of their own, whatever the lines before them were.
            Optional<Tables.Table> table = map[i] || (inCover && coverLine) ? Optional.empty() : tables.at(i);
            if (map[i] || table.isPresent()) {
                int end = table.isPresent() ? i + table.get().lines() : Maps.runEnd(map, i);
                if (!current.isEmpty()) {
                    groups.add(new Group(List.copyOf(current), currentCover));
                    current.clear();
                }
                groups.add(new Group(List.copyOf(lines.subList(i, end)), false, table.orElse(null), map[i]));
                inCover = false;
                i = end - 1;
                continue;
            }
            SourceLine asNumber = numberReadWithComma(line, lastNumber);
            if (!current.isEmpty() && !currentCover && numberAfterFirstLine(current, asNumber, layout)) {
                line = asNumber;
                if (current.size() > 1) {  // the first line went on with the paragraph before it: it opens its own
                    SourceLine first = current.remove(current.size() - 1);
                    groups.add(new Group(List.copyOf(current), false));
                    current.clear();
                    current.add(first);
                }
                current.add(0, line);  // the paragraph's number, printed (or read) after its first line, goes before it
                lastNumber = number(line, lastNumber);
                continue;
            }
            if (!current.isEmpty() && !currentCover && nextNumberApart(line, lastNumber)) {
                groups.addAll(headingsApart(current));
                current.clear();
            }
            if (!current.isEmpty()
                    && (coverLine || startsGroup(current, currentCover, titleNext, !annex, line, next(lines, i), layout))) {
                titleNext = currentCover;
                groups.add(new Group(List.copyOf(current), currentCover));
                current.clear();
            }
            if (current.isEmpty()) {
                currentCover = coverLine;
                inCover = inCover && coverLine;
                lastNumber = number(line, lastNumber);
                annex |= line.start().kind() == Markers.Kind.ANNEX;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), currentCover));
        }
        return groups;
    }

    /**
     * A paragraph's number alone on its line, apart from the one line above it, which is a wrapped line of
     * running text standing by itself: an OCR layer or an extractor put the number after the paragraph's
     * first line (the number stands in the margin, level with the first line's baseline or below it). The
     * line above may follow the paragraph before it with only a blank line between when that paragraph's
     * last line was left unfinished (an extractor's scrambled order); the number, right under it, then
     * opens it.
     */
    private static boolean numberAfterFirstLine(List<SourceLine> current, SourceLine line, Layout layout) {
        SourceLine first = current.get(current.size() - 1);
        boolean alone = current.size() == 1 || (!line.blankBefore() && !Markers.terminal(current.get(current.size() - 2).words()));
        return alone && line.start().kind() == Markers.Kind.NUMBER && line.start().numberOnly()
                && !line.pageBreakBefore() && first.blankBefore() && layout.wrappedLine(first);
    }

    /**
     * "4," alone on its line, where 4 is the next paragraph's number: an OCR layer's reading of "4.", as the line
     * that number is; taken for it only where a number stands after a paragraph's first line.
     */
    private static SourceLine numberReadWithComma(SourceLine line, int lastNumber) {
        Matcher comma = NUMBER_WITH_COMMA.matcher(line.words());
        return comma.matches() && Integer.parseInt(comma.group(1)) == lastNumber + 1 ? line.withText(comma.group(1) + ".") : line;
    }

    /**
     * A line opening with the number after the last paragraph's, apart from the line above it (a blank line,
     * or a page break): the next numbered paragraph, even where blank lines do not otherwise end paragraphs.
     */
    private static boolean nextNumberApart(SourceLine line, int lastNumber) {
        return (line.blankBefore() || line.pageBreakBefore()) && lastNumber > 0 && number(line, -1) == lastNumber + 1;
    }

    /**
     * The lines before the next numbered paragraph, cut where headings stand apart: after the last line that ends
     * a sentence, each run of lines after a blank line that ends none is a heading ("Programme I" / "Support for
     * …", "1. Support to the public administration") and a group of its own, when each opens as a heading does
     * and is short enough for one.
     */
    private static List<Group> headingsApart(List<SourceLine> current) {
        int from = current.size();
        while (from > 1 && !Markers.terminal(current.get(from - 1).words())) {
            from--;
        }
        List<Group> out = new ArrayList<>();
        boolean apart = from < current.size() && from > 0 && current.get(from).blankBefore()
                && Markers.terminal(current.get(from - 1).words());
        if (!apart) {
            out.add(new Group(List.copyOf(current), false));
            return out;
        }
        out.add(new Group(List.copyOf(current.subList(0, from)), false));
        int start = from;
        for (int i = from + 1; i <= current.size(); i++) {
            if (i == current.size() || current.get(i).blankBefore()) {
                List<SourceLine> heading = current.subList(start, i);
                if (Markers.continues(heading.get(0).words()) || !Markers.headingLike(joined(heading), NUMBERED_HEADING_WORDS)) {
                    return List.of(new Group(List.copyOf(current), false));  // words of the sentence, moved: no heading
                }
                out.add(new Group(List.copyOf(heading), false));
                start = i;
            }
        }
        return out;
    }

    /** The paragraph number a line opens with, or {@code otherwise}. */
    private static int number(SourceLine line, int otherwise) {
        return line.start().kind() == Markers.Kind.NUMBER ? Integer.parseInt(line.start().number().replace(".", "")) : otherwise;
    }

    private static SourceLine next(List<SourceLine> lines, int i) {
        return i + 1 < lines.size() ? lines.get(i + 1) : null;
    }

    private static boolean startsGroup(List<SourceLine> current, boolean cover, boolean title, boolean body, SourceLine line,
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
        if (Markers.AS_AT.matcher(before).matches()) {
            return true;  // "(as at 18 August 2008)" ends a table's caption: a head above the table is not the caption's
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
        if (line.pageBreakBefore() && start.kind() == Markers.Kind.ANNEX) {
            return true;  // an annex opens a page of its own
        }
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
        if (current.size() == 1 && numberedHeading && !layout.fullWidth(previous) && layout.fullWidth(line)
                && Markers.headingLike(before, NUMBERED_HEADING_WORDS)) {
            return true;  // "I. Political dialogue, elections": a short line over a full one opening with a capital
        }
        if (body && line.pageBreakBefore() && (opening.kind() == Markers.Kind.NUMBER || opening.kind() == Markers.Kind.SUB)
                && start.kind() == Markers.Kind.NONE && !headingAhead(text, next, layout)) {
            return false;  // a body's paragraphs are all numbered: what a page opens with, unnumbered, is the last one's rest
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
        return headingAhead(text, next, layout);
    }

    /**
     * A line shaped as a heading that a numbered part or a paragraph standing apart follows; not one whose sentence
     * the next line goes on with (a paragraph's last line before the page foot, as short as a heading).
     */
    private static boolean headingAhead(String text, SourceLine next, Layout layout) {
        return Markers.headingLike(text, HEADING_WORDS) && next != null && !Markers.continues(next.words())
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
