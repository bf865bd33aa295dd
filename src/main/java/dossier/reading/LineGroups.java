package dossier.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the kept lines into groups, each the lines of one block: a paragraph, a heading, a cover line, a
 * signature. A line starts a new group when it opens a structural part after a finished clause, when
 * the layout says so (a blank line, an indent), or when it is a heading standing before a numbered
 * part; a line that continues the sentence — lower case, or after an unfinished line — never does.
 * Page breaks are transparent: a sentence cut by one joins up again.
 */
final class LineGroups {

    /** Longest heading, in words, recognised only by its look. */
    static final int HEADING_WORDS = 14;
    /** Longest heading, in words, that opens with its number or letter ("II. Implementation of …"). */
    static final int NUMBERED_HEADING_WORDS = 30;

    private LineGroups() {
    }

    /** The lines of one block; {@code cover} when it is a line of the first page's masthead. */
    record Group(List<SourceLine> lines, boolean cover) {

        SourceLine first() {
            return lines.get(0);
        }

        Markers.Start start() {
            return Markers.of(first().words());
        }
    }

    static List<Group> group(List<SourceLine> lines, Layout layout) {
        List<Group> groups = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        boolean inCover = true;
        boolean currentCover = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            boolean coverLine = inCover && CoverLines.isCoverLine(line.words());
            if (!current.isEmpty() && (coverLine || startsGroup(current, currentCover, line, next(lines, i), layout))) {
                groups.add(new Group(List.copyOf(current), currentCover));
                current.clear();
            }
            if (current.isEmpty()) {
                currentCover = coverLine;
                inCover = inCover && coverLine;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), currentCover));
        }
        return groups;
    }

    private static SourceLine next(List<SourceLine> lines, int i) {
        return i + 1 < lines.size() ? lines.get(i + 1) : null;
    }

    private static boolean startsGroup(List<SourceLine> current, boolean cover, SourceLine line, SourceLine next,
                                       Layout layout) {
        SourceLine previous = current.get(current.size() - 1);
        String before = previous.words();
        String text = line.words();
        Markers.Start opening = Markers.of(current.get(0).words());
        Markers.Start start = Markers.of(text);
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
        if (cover && (line.pageBreakBefore() || (line.blankBefore() && layout.blankLinesSeparate()))
                && !Markers.continues(text)) {
            return true;  // the masthead's items are short; what stands apart from them is the text
        }
        boolean numberedHeading = opening.kind() == Markers.Kind.ROMAN || opening.kind() == Markers.Kind.LETTER;
        if (start.kind() != Markers.Kind.NONE && (Markers.terminal(before)
                || Markers.headingLike(joined(current), numberedHeading ? NUMBERED_HEADING_WORDS : HEADING_WORDS)
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
                && (Markers.of(next.words()).kind().numbered() || (next.blankBefore() && layout.blankLinesSeparate()));
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
