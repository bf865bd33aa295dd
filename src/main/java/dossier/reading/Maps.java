package dossier.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A map printed in a report leaves its words in the text as a scatter of short lines: place names, a legend, a
 * scale, the credit of the UN's cartographers ("Map No. 4224 Rev. 21") and the disclaimer. The credit, a short line
 * of its own, is the evidence: the lines of its page around it are the map's, kept whole and in order as a figure,
 * out of the paragraphs. The map's page ends at the next page break, or an annex, or the text's end; above the credit it
 * starts at the page's first line, short of an annex, a table's row (a label and two figures or more) or a line
 * of prose that ends a sentence, which no map prints.
 * <p>
 * Some extractors break a map's rotated labels into pieces of a syllable or two, one a line ("BR" / "AZ" / "IL"), and
 * the credit with them ("M" / "ap" / " N" / "o." / " 4" / "20" / "9"): the credit is then read in a run of such pieces
 * joined, and the whole run is the map's, over the lone figures of its scale that page furniture took for a folio.
 * <p>
 * A chart leaves the same scatter: its legend, the values of its axis one a line, the labels under it. The axis is the
 * evidence: four values or more, alone on their lines, in equal steps down to 0 ("6,000,000" / "5,000,000" / … / "0");
 * its page around it is the chart's, found as a map's page is.
 */
final class Maps {

    private static final Pattern CREDIT = Pattern.compile("Map No\\.? ?\\d+\\b.*");
    /** The credit in a run of pieces joined without their spaces. */
    private static final Pattern BROKEN_CREDIT = Pattern.compile("MapNo\\.?\\d");
    /** Characters of a piece of a label broken up ("ai Ili", "4o  3"); a map's broken into pieces is a long run of them. */
    private static final int PIECE = 6;
    private static final int PIECES = 20;
    /** A value of a chart's axis, alone on its line ("6,000,000", "0"). */
    private static final Pattern AXIS_VALUE = Pattern.compile("\\d{1,3}(?:[, ]\\d{3})*");
    private static final int AXIS_VALUES = 4;
    /** Words of a line of prose: a map's labels and legend are shorter. */
    private static final int PROSE_WORDS = 8;

    private Maps() {
    }

    /** Which lines are a map's or a chart's. */
    static boolean[] labels(List<SourceLine> lines) {
        boolean[] map = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!map[i] && ((CREDIT.matcher(lines.get(i).words()).matches() && label(lines.get(i))) || axis(lines, i))) {
                int from = i;
                while (from > 0 && !lines.get(from).pageBreakBefore() && label(lines.get(from - 1))) {
                    from--;
                }
                int to = i + 1;
                while (to < lines.size() && !lines.get(to).pageBreakBefore() && !annex(lines.get(to))) {
                    to++;
                }
                Arrays.fill(map, from, to, true);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            int end = i;
            StringBuilder joined = new StringBuilder();
            while (end < lines.size() && piece(lines.get(end))) {
                joined.append(lines.get(end).words());
                end++;
            }
            if (end - i >= PIECES && BROKEN_CREDIT.matcher(Whitespace.single(joined.toString()).replace(" ", "")).find()) {
                Arrays.fill(map, i, end, true);
            }
            i = end;
        }
        return map;
    }

    /** Where the run of a map's lines that {@code from} is in ends: the first line after it that is not the map's. */
    static int runEnd(boolean[] map, int from) {
        int end = from;
        while (end < map.length && map[end]) {
            end++;
        }
        return end;
    }

    private static boolean label(SourceLine line) {
        String[] pieces = Whitespace.single(line.words()).strip().split(" ");
        int n = pieces.length;
        boolean prose = n >= PROSE_WORDS && Markers.terminal(line.words());
        boolean row = n > 2 && !Tables.number(pieces[0]) && Tables.number(pieces[n - 1]) && Tables.number(pieces[n - 2]);
        return !annex(line) && !prose && !row;
    }

    /** Whether the lines from {@code from} are a chart's axis: values alone, four or more, in equal steps down to 0. */
    private static boolean axis(List<SourceLine> lines, int from) {
        List<Long> values = new ArrayList<>();
        for (int i = from; i < lines.size() && AXIS_VALUE.matcher(lines.get(i).words()).matches(); i++) {
            values.add(Long.parseLong(lines.get(i).words().replaceAll("[, ]", "")));
            if (values.get(values.size() - 1) == 0) {
                break;
            }
        }
        int n = values.size();
        if (n < AXIS_VALUES || values.get(n - 1) != 0) {
            return false;
        }
        long step = values.get(n - 2);
        for (int k = 0; k < n; k++) {
            if (step <= 0 || values.get(k) != step * (n - 1 - k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean piece(SourceLine line) {
        return line.words().strip().length() <= PIECE && !annex(line);
    }

    private static boolean annex(SourceLine line) {
        return line.start().kind() == Markers.Kind.ANNEX;
    }
}
