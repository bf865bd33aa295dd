package dossier.reading;

import dossier.model.DocumentKind;
import dossier.model.SymbolSeries;
import dossier.model.UnDates;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How UN documents begin their structural parts, line by line: headings "I." and "A.", numbered
 * paragraphs and sub-headings "12.", sub-paragraphs "(a)" and "(ii)", a resolution's "The Security
 * Council,", "(Signed)", "Annex", "[Original: French]" and adoption lines. Whether a match really is
 * a heading or a paragraph is decided later, from its neighbours and the numbering.
 */
final class Markers {

    enum Kind {
        SIGNED, ANNEX, ORIGINAL, ADOPTED, RESOLUTION_TITLE, PREAMBLE_OPENING, ROMAN, LETTER, NUMBER, SUB, NONE;

        /** Structural parts that open with a printed number. */
        boolean numbered() {
            return this == ROMAN || this == LETTER || this == NUMBER || this == SUB;
        }
    }

    /** A UN document symbol as printed ("S/2012/894"): the model's one definition. */
    static final String SYMBOL = SymbolSeries.PRINTED;
    /**
     * A symbol standing alone as a running head or a masthead item, with the reissue mark of its document
     * ("S/2010/522**"): the symbol itself is the group {@code symbol}.
     */
    static final String HEAD_SYMBOL = "(?<symbol>" + SYMBOL + ")\\*{0,2}";
    static final String MONTH = UnDates.MONTH_PATTERN;
    /** The last line of a title that another document's symbol shares: "Addendum", "Corrigendum". */
    static final Pattern TITLE_LAST = Pattern.compile("Addendum|Corrigendum|ADDENDUM|CORRIGENDUM");
    /**
     * What a document's title says it is: "Report of the Secretary-General", "Note by …", a letter's opening before
     * "dated …" ({@link DocumentKind#LETTER_OPENINGS}).
     */
    static final Pattern KIND_TITLE = Pattern.compile("(?:(?:\\p{L}+ )?[Rr]eport|Note by|(?:"
            + String.join("|", DocumentKind.LETTER_OPENINGS) + ") dated)\\b.*");
    /** A part of a text named on a line of its own ("Programme I", "Part II"): its title follows on the next lines. */
    static final Pattern PART = Pattern.compile("\\p{Lu}\\p{Ll}+ [IVXL]{1,6}");
    static final Pattern DATE_ALONE = Pattern.compile("\\d{1,2} " + MONTH + " \\d{4}");
    /** The date a caption gives its table on a line of its own: "(as at 18 August 2008)". */
    static final Pattern AS_AT = Pattern.compile("\\(as (?:at|of) " + DATE_ALONE.pattern() + "\\)");

    private static final Pattern SIGNED = Pattern.compile("\\(Signed\\)\\s*\\S.*");
    private static final Pattern ANNEX = Pattern.compile("(?:Annex|ANNEX|Enclosure)(?:\\s+[IVX\\d]+)?(?:\\s+to\\s.+)?");
    private static final Pattern ORIGINAL = Pattern.compile("\\[Original:\\s*\\p{L}+]");
    private static final Pattern ADOPTED = Pattern.compile(
            "\\[Adopted .+]|\\d{1,3}(?:st|nd|rd|th) (?:plenary )?(?:meeting|session)(?: " + DATE_ALONE.pattern() + ")?");
    private static final Pattern RESOLUTION_TITLE = Pattern.compile("(\\d{1,4}/\\d{1,4}\\.)\\s+(\\S.*)");
    private static final Pattern PREAMBLE_OPENING = Pattern.compile(
            "The [A-Z][\\p{L} ,-]*(?:Council|Assembly|Committee|Commission|Conference|Board),");
    private static final Pattern ROMAN = Pattern.compile("([IVXL]{1,6}\\.)(?:\\s+(\\S.*))?");
    private static final Pattern LETTER = Pattern.compile("([A-Z]\\.)(?:\\s+(\\p{Lu}.*))?");
    /** A section's numeral or letter printed alone on its line without a full stop: "I", "B". */
    private static final Pattern ROMAN_ALONE = Pattern.compile("[IVXL]{1,6}");
    private static final Pattern LETTER_ALONE = Pattern.compile("[A-Z]");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}\\.)(?:\\s+(\\S.*))?");
    private static final Pattern SUB = Pattern.compile("(\\((?:[a-z]{1,2}|[ivxl]{1,6})\\))\\s+(\\S.*)");

    /** Lower case first, but not a sub-paragraph's "(a)" or "(iv)". */
    private static final Pattern CLAUSE = Pattern.compile(",\\s+(?:it|he|she|they|we|which|who|whose)\\b"
            + "|\\b(?:is|are|was|were|has|have|had|will|shall|would|should|could|can|may|might|must|been)\\b");
    private static final Pattern CONTINUES = Pattern.compile("^[(\"“‘'\\[]*\\p{Ll}(?!\\p{Ll}{0,5}\\))");
    private static final Pattern TERMINAL = Pattern.compile("[.;:,?!][\"”’)\\]]*$");

    private Markers() {
    }

    /** A structural start: its kind, the printed number (if any) and the text after it. */
    record Start(Kind kind, String number, String rest) {

        boolean numberOnly() {
            return kind.numbered() && rest.isEmpty();
        }
    }

    static Start of(String line) {
        if (line.isEmpty() || !mayStart(line.charAt(0))) {
            return new Start(Kind.NONE, "", line);  // most lines: no start's pattern is tried
        }
        Matcher m;
        if (SIGNED.matcher(line).matches()) {
            return new Start(Kind.SIGNED, "", line);
        }
        if (ANNEX.matcher(line).matches() && !terminal(line)) {
            return new Start(Kind.ANNEX, "", line);
        }
        if (ORIGINAL.matcher(line).matches()) {
            return new Start(Kind.ORIGINAL, "", line);
        }
        if (ADOPTED.matcher(line).matches()) {
            return new Start(Kind.ADOPTED, "", line);
        }
        if ((m = RESOLUTION_TITLE.matcher(line)).matches()) {
            return new Start(Kind.RESOLUTION_TITLE, m.group(1), m.group(2));
        }
        if (PREAMBLE_OPENING.matcher(line).matches()) {
            return new Start(Kind.PREAMBLE_OPENING, "", line);
        }
        if (ROMAN_ALONE.matcher(line).matches()) {
            return new Start(Kind.ROMAN, line, "");
        }
        if (LETTER_ALONE.matcher(line).matches()) {
            return new Start(Kind.LETTER, line, "");
        }
        if ((m = ROMAN.matcher(line)).matches()) {
            return new Start(Kind.ROMAN, m.group(1), rest(m));
        }
        if ((m = LETTER.matcher(line)).matches()) {
            return new Start(Kind.LETTER, m.group(1), rest(m));
        }
        if ((m = NUMBER.matcher(line)).matches()) {
            return new Start(Kind.NUMBER, m.group(1), rest(m));
        }
        if ((m = SUB.matcher(line)).matches()) {
            return new Start(Kind.SUB, m.group(1), m.group(2));
        }
        return new Start(Kind.NONE, "", line);
    }

    /** Every start opens with a capital, a digit, "(" or "[" (see the patterns above). */
    private static boolean mayStart(char first) {
        return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first == '(' || first == '[';
    }

    private static String rest(Matcher m) {
        return m.group(2) == null ? "" : m.group(2);
    }

    /** The line ends a sentence or a clause: a paragraph may end here. */
    static boolean terminal(String text) {
        // Only the last character before closing quotes and brackets (and a final line break, which $ allows)
        // can be the mark: the pattern is tried there, not at every character.
        int at = text.length() - 1;
        while (at >= 0 && "\"”’)]\n\r\u0085\u2028\u2029".indexOf(text.charAt(at)) >= 0) {
            at--;
        }
        return at >= 0 && TERMINAL.matcher(text).find(at);
    }

    /** The line begins in lower case: it continues the sentence before it. */
    static boolean continues(String text) {
        return CONTINUES.matcher(text).lookingAt();  // anchored at the start: tried there only
    }

    /**
     * Words that read as a clause, not as a heading's name of a subject: a comma with a pronoun or relative after
     * it ("However, it has", "activities, which"), or an auxiliary verb ("UNMOT is in touch with"). An OCR layer
     * moves such pieces of a sentence onto lines of their own, where they look like headings.
     */
    static boolean clause(String text) {
        return CLAUSE.matcher(text).find();
    }

    /** Short, unpunctuated at the end, capitalised: how a heading or a title line looks. */
    static boolean headingLike(String text, int maxWords) {
        return !text.isEmpty() && !terminal(text) && !continues(text)
                && Whitespace.pieces(text) <= maxWords;
    }
}
