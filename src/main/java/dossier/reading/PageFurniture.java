package dossier.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a PDF page prints around the text: running heads (a symbol alone), job numbers
 * ("12-66061 (E)    211212"), barcodes ("*1266061*"), page numbers alone or with a job number
 * ("22", "2/2 23-12564", "7 12-66061", "12-66061 4"), footnote rules ("____") and stray marks before
 * the text begins ("Etpu"). Footnotes are taken out of the flow: the lines below a rule, or, where the
 * extractor dropped the rule, a paragraph of its own opening with the next footnote's number whose marker
 * the text before it carries ("1 Official Records …"). What follows footnotes starts a new page, so a
 * sentence they interrupt joins up again. Markers are then found on the evidence of the footnotes
 * ({@link MarkerSearch}); a number alone right under a line of text is the next marker too.
 */
final class PageFurniture {

    /** A job number, with the reissue mark of its document ("10-56952* (E)"). */
    private static final String JOB = "\\d{2}-\\d{5}\\*{0,2}(?:\\s*\\([A-Z]\\))?";
    /** The mark at a page's foot saying the text goes on overleaf; an OCR layer may read its slash as "I" ("I . . ."). */
    private static final String CONTINUED = "[/I]\\s?\\.(?:\\s?\\.){2}";
    private static final String LANGUAGE = "(?:Arabic|Chinese|English|French|Russian|Spanish|ENGLISH|FRENCH|SPANISH)";
    private static final Pattern FURNITURE = Pattern.compile(String.join("|",
            Markers.HEAD_SYMBOL,                             // running head
            JOB + "(?:\\s+\\d{6}){0,2}(?:\\s+" + CONTINUED + ")?", // job number, with its dates and the continuation mark
            "\\*\\d{7,}\\*|`{4,}",                           // barcode, or what an extractor makes of its bars
            "(?=[^1]*1111)[1Il| ]{5,}",                      // its bars read by an OCR layer ("11111", "I 111111")
            "\\d{1,3}/\\d{1,3}",                             // "2/2"
            "\\d{1,3}(?:/\\d{1,3})?\\s+" + JOB,              // "7 12-66061", "2/2 23-12564"
            JOB + "\\s+\\d{1,3}(?:/\\d{1,3})?",              // "12-66061 4"
            "\\d{1,3}/\\d{1,3}" + JOB,                         // "3/2215-03052": the folio glued to the job number
            JOB + "\\d{1,3}/\\d{1,3}",                         // "15-030522/22"
            CONTINUED,                                       // "/..." alone
            "(?:" + LANGUAGE + "\\s*)?Page\\s+\\d{1,3}",          // "Page 3", "English Page 2", "EnglishPage 2"
            "-{5,}"));                                       // the end mark "-----"
    /** A language alone: the middle line of a running head (symbol / "English" / "Page 2") when next to one. */
    private static final Pattern LANGUAGE_ALONE = Pattern.compile(LANGUAGE);
    private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}");
    /** A page's number as its furniture prints it: "3", "Page 3", "English Page 3", "3/22", "12-66061 4", "7 12-66061". */
    private static final Pattern FOLIO = Pattern.compile(
            "(?:.*\\bPage\\s+|" + JOB + "\\s*)?(\\d{1,3})(?:/\\d{1,3})?(?:\\s*" + JOB + ")?");
    private static final Pattern RULE = Pattern.compile("_{4,}");
    private static final Pattern FOOTNOTE = Pattern.compile("(\\d{1,3}|\\*{1,3})\\s+(\\S.*)");
    private static final Pattern STRAY_WORD = Pattern.compile("\\p{L}{1,8}");
    /** A footnote's text begins with a capital or a symbol, and is no date ("24 March 2017" stands alone too). */
    private static final Pattern FOOTNOTE_TEXT = Pattern.compile("(?!" + Markers.MONTH + "\\b)[\\p{Lu}\\p{N}].*");

    private PageFurniture() {
    }

    /** A footnote's text as printed below the rule; {@code line} is its first line in the source. */
    record Footnote(String marker, int line, List<SourceLine> lines) {
    }

    /** What is left of a body; {@code pages} counts the page breaks found between kept lines, plus one. */
    record Result(List<SourceLine> lines, List<Footnote> footnotes, int furnitureLines, int debrisMarks, int pages,
                  List<String> oddities) {
    }

    private enum Kind { BLANK, FURNITURE, LONE_NUMBER, LANGUAGE, RULE, TEXT }

    /** {@code lineNumbers}: each line's number in the file, for messages (a page read by columns is reordered). */
    static Result strip(List<String> body, int[] lineNumbers, Vocabulary vocabulary) {
        return new Scan(body, lineNumbers, vocabulary).run();
    }

    /** One pass over a body, line by line, keeping what was seen since the last kept line. */
    private static final class Scan {
        /** Each line's number in the file, for messages. */
        private final int[] lineNumber;
        private final Vocabulary vocabulary;
        private final String[] text;
        private final int[] indent;
        private final Kind[] kind;
        /** The extractor ended a page before this line (a form feed): a page break, whatever the line holds. */
        private final boolean[] formFeed;
        /** The extractor marked the pages with form feeds: a folio stands at a page's head or foot. */
        private final boolean pagesKnown;
        /** The line is a cell of a table printed one cell a line: a number there is the table's. */
        private final boolean[] tableCell;
        private final boolean[] wrappedFigure;
        /** Each line's page, counted by form feeds from 1. */
        private final int[] page;
        private int debris;
        private final List<SourceLine> lines = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private final List<String> oddities = new ArrayList<>();
        private int furniture;
        private int breaks;
        private int loneMarkers;
        /** The last page number taken, 0 before the first. */
        private int lastFolio;
        private boolean blank;
        private boolean pageBreak;
        private boolean inFootnotes;

        Scan(List<String> body, int[] lineNumber, Vocabulary vocabulary) {
            this.lineNumber = lineNumber;
            this.vocabulary = vocabulary;
            int n = body.size();
            text = new String[n];
            indent = new int[n];
            kind = new Kind[n];
            formFeed = new boolean[n];
            page = new int[n];
            boolean anyFormFeed = false;
            for (int i = 0; i < n; i++) {
                formFeed[i] = body.get(i).indexOf('\f') >= 0;
                anyFormFeed |= formFeed[i];
                page[i] = (i == 0 ? 1 : page[i - 1]) + (formFeed[i] ? 1 : 0);
                InlineDebris.Cleaned cleaned = InlineDebris.clean(body.get(i));
                debris += cleaned.marks();
                // A no-break space at a line's ends is layout too ("1\u00A0", a line of it alone).
                String line = cleaned.text().indexOf('\u00A0') < 0 ? cleaned.text() : cleaned.text().replace('\u00A0', ' ');
                text[i] = line.strip();
                indent[i] = line.length() - line.stripLeading().length();
                kind[i] = classify(text[i]);
            }
            pagesKnown = anyFormFeed;
            wrappedFigure = new boolean[n];
            tableCell = tableCells();
        }

        /**
         * The lines of text (furniture and blank lines aside) that are cells of a table printed one cell a line; and
         * the numbers alone under a row of figures, which are the row's last figure wrapped ("Total 280 700" / "980")
         * unless they are the page's folio.
         */
        private boolean[] tableCells() {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < kind.length; i++) {
                if (kind[i] == Kind.TEXT || kind[i] == Kind.LONE_NUMBER) {
                    kept.add(i);
                }
            }
            boolean[] inRun = Tables.oneCellALine(kept.stream().map(i -> text[i]).toList());
            boolean[] cells = new boolean[kind.length];
            for (int k = 0; k < inRun.length; k++) {
                int i = kept.get(k);
                cells[i] = inRun[k];
                wrappedFigure[i] = k > 0 && kind[i] == Kind.LONE_NUMBER && Tables.rowOfFigures(text[kept.get(k - 1)]);
            }
            return cells;
        }

        Result run() {
            for (int i = 0; i < text.length; i++) {
                if (formFeed[i]) {
                    pageBreak = true;
                    inFootnotes = false;
                }
                switch (kind[i]) {
                    case BLANK -> blank = true;
                    case FURNITURE -> {
                        furniture++;
                        Matcher folio = FOLIO.matcher(text[i]);
                        lastFolio = folio.matches() ? Integer.parseInt(folio.group(1)) : lastFolio;
                        pageBreak = true;
                        inFootnotes = false;
                    }
                    case RULE -> {
                        furniture++;
                        inFootnotes = true;
                    }
                    case LONE_NUMBER -> loneNumber(i);
                    case LANGUAGE -> {
                        if (nextToFurniture(kind, i)) {
                            furniture++;
                            pageBreak = true;
                        } else {
                            textLine(i);
                        }
                    }
                    case TEXT -> {
                        if (!((inFootnotes || footnoteWithoutRule(i)) && footnoteLine(i))) {
                            inFootnotes = false;
                            textLine(i);
                        }
                    }
                }
            }
            MarkerSearch.Found found = MarkerSearch.mark(lines, footnotes, vocabulary);
            oddities.addAll(found.oddities());
            return new Result(found.lines(), footnotes, furniture, debris, breaks + 1, oddities);
        }

        /** A paragraph of its own "N Text", N the next footnote's number, and a marker N in the text before it. */
        private boolean footnoteWithoutRule(int i) {
            Matcher note = FOOTNOTE.matcher(text[i]);
            if (!blank || lines.isEmpty() || !note.matches() || !FOOTNOTE_TEXT.matcher(note.group(2)).matches()
                    || (i + 1 < kind.length && kind[i + 1] == Kind.TEXT && Markers.of(text[i + 1]).kind().numbered())) {
                return false;
            }
            int expected = lastNumbered() + 1;
            int since = footnotes.isEmpty() ? 0 : footnotes.get(footnotes.size() - 1).line();
            return note.group(1).equals(String.valueOf(expected))
                    && MarkerSearch.carries(lines.stream().filter(l -> l.number() > since).toList(), note.group(1), vocabulary);
        }

        /**
         * A page number, or a footnote marker standing under the line it belongs to, unless a table's cell. A number is
         * a page number only where a page break is (among the page's furniture, or by a form feed) and where it fits
         * the page sequence: anywhere else it is the text's, a figure of a table or a map.
         */
        private void loneNumber(int i) {
            // A page prints one folio: where it prints its own, another number by its furniture is the text's (a
            // table's total at the page foot, a map's scale under the job number).
            boolean amongFurniture = nextToFurniture(kind, i) && !(number(i) != page[i] && printsItsNumber(i));
            boolean folio = pagesKnown ? amongFurniture || isFolio(i)
                    : (amongFurniture && lastFolio == 0) || ((amongFurniture || standsApart(i)) && isFolio(i));
            if (tableCell[i] || (wrappedFigure[i] && !isFolio(i))) {
                textLine(i);
                return;
            }
            boolean underText = i > 0 && kind[i - 1] == Kind.TEXT && !lines.isEmpty() && !inFootnotes;
            if (!amongFurniture && underText && text[i].equals(String.valueOf(nextMarker()))) {
                SourceLine last = lines.remove(lines.size() - 1);
                lines.add(last.withText(last.text() + FootnoteMarkers.embed(text[i])));
                loneMarkers++;
                return;
            }
            if (!folio) {
                textLine(i);
                return;
            }
            furniture++;
            pageBreak = true;
            lastFolio = number(i);
            if (!amongFurniture) {
                oddities.add("line " + lineNumber[i] + ": number '" + text[i] + "' alone on its line, taken for a page number");
            }
        }

        /** Blank lines around the line: a bare folio between two pages, not a figure of a column of them. */
        private boolean standsApart(int i) {
            return (i == 0 || kind[i - 1] == Kind.BLANK) && (i + 1 == kind.length || kind[i + 1] == Kind.BLANK);
        }

        /**
         * The number fits the page sequence. With form feeds it is the page's own, or the page before's (a folio
         * emitted at the next page's head): in the middle of a page only the page's own. Without them it follows the
         * last page number taken; the first is the number of the page the breaks found so far count.
         */
        private boolean isFolio(int i) {
            if (pagesKnown) {
                return atPageBreak(i) ? Math.abs(number(i) - page[i]) <= 1 : number(i) == page[i];
            }
            return lastFolio > 0 ? number(i) == lastFolio + 1 : Math.abs(number(i) - (breaks + 1)) <= 1;
        }

        /** The page of line {@code i}, counted by form feeds, prints its own number: alone, or ending its furniture. */
        private boolean printsItsNumber(int i) {
            if (!pagesKnown) {
                return false;
            }
            int start = i;
            while (start > 0 && page[start - 1] == page[i]) {
                start--;
            }
            for (int j = start; j < kind.length && page[j] == page[i]; j++) {
                Matcher folio = FOLIO.matcher(text[j]);
                if ((kind[j] == Kind.LONE_NUMBER || kind[j] == Kind.FURNITURE) && folio.matches()
                        && Integer.parseInt(folio.group(1)) == page[i]) {
                    return true;
                }
            }
            return false;
        }

        private int number(int i) {
            return Integer.parseInt(text[i]);
        }

        /** The line is the first or the last of a page, blank lines aside, where a folio stands. */
        private boolean atPageBreak(int i) {
            if (formFeed[i]) {
                return true;
            }
            for (int step : new int[] {-1, 1}) {
                int j = i + step;
                while (j >= 0 && j < kind.length && kind[j] == Kind.BLANK && !formFeed[j]) {
                    j += step;
                }
                if (j < 0 || j >= kind.length || (step > 0 && formFeed[j]) || (step < 0 && formFeed[j] && kind[j] == Kind.BLANK)) {
                    return true;
                }
            }
            return false;
        }

        /** Below a footnote rule: a footnote's first line ("1 See …") or its continuation. */
        private boolean footnoteLine(int i) {
            Matcher note = FOOTNOTE.matcher(text[i]);
            if (note.matches()) {
                footnotes.add(new Footnote(note.group(1), lineNumber[i], new ArrayList<>(List.of(
                        new SourceLine(lineNumber[i], indent[i], note.group(2), blank, false)))));
                inFootnotes = true;
                pageBreak = true;  // footnotes close a page: what follows them continues the text
            } else if (!footnotes.isEmpty() && !blank) {
                footnotes.get(footnotes.size() - 1).lines().add(new SourceLine(lineNumber[i], indent[i], text[i], false, false));
            } else {
                return false;
            }
            blank = false;
            return true;
        }

        private void textLine(int i) {
            if (lines.isEmpty() && isStrayMark(i)) {
                furniture++;
                oddities.add("line " + lineNumber[i] + ": stray '" + text[i] + "' before the text begins, dropped");
                return;
            }
            lines.add(new SourceLine(lineNumber[i], indent[i], text[i], blank, pageBreak));
            breaks += pageBreak && lines.size() > 1 ? 1 : 0;
            blank = false;
            pageBreak = false;
        }

        /** The number a marker standing alone must have: the one after the last footnote or lone marker seen. */
        private int nextMarker() {
            return Math.max(lastNumbered(), loneMarkers) + 1;
        }

        /** The number of the last numbered footnote (not "*"), 0 before the first. */
        private int lastNumbered() {
            for (int f = footnotes.size() - 1; f >= 0; f--) {
                if (Character.isDigit(footnotes.get(f).marker().charAt(0))) {
                    return Integer.parseInt(footnotes.get(f).marker());
                }
            }
            return 0;
        }

        /**
         * A lone unknown word standing by itself before any text: what some extractors make of the UN emblem.
         * Unknown: the dossier has it once, or only as all of a text's first line (every document from that
         * extractor opening with it).
         */
        private boolean isStrayMark(int i) {
            boolean alone = (i == 0 || kind[i - 1] != Kind.TEXT) && (i + 1 == kind.length || kind[i + 1] != Kind.TEXT);
            if (!alone || !STRAY_WORD.matcher(text[i]).matches()) {
                return false;
            }
            int count = vocabulary.count(text[i]);
            return count <= 1 || count == vocabulary.countAsFirstLine(text[i]);
        }
    }

    private static Kind classify(String text) {
        if (text.isEmpty()) {
            return Kind.BLANK;
        }
        if (FURNITURE.matcher(text).matches()) {
            return Kind.FURNITURE;
        }
        if (LONE_NUMBER.matcher(text).matches()) {
            return Kind.LONE_NUMBER;
        }
        if (LANGUAGE_ALONE.matcher(text).matches()) {
            return Kind.LANGUAGE;
        }
        if (RULE.matcher(text).matches()) {
            return Kind.RULE;
        }
        return Kind.TEXT;
    }

    /** A page number stands among the page's other furniture, with only blank lines between. */
    private static boolean nextToFurniture(Kind[] kind, int i) {
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step; j >= 0 && j < kind.length; j += step) {
                if (kind[j] == Kind.FURNITURE) {
                    return true;
                }
                if (kind[j] != Kind.BLANK) {
                    break;
                }
            }
        }
        return false;
    }
}
