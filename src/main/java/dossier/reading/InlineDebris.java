package dossier.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks that extraction tools leave inside lines, removed before any other rule sees the text: a
 * LaTeX-like symbol ({@code $S_{/2023/463}$}), markdown-like bold ({@code **Council**}), a quotation mark
 * ({@code > }) at a line's start, and a page mark run into the first words of a line ("2/2 23-12564 The …").
 */
final class InlineDebris {

    private static final Pattern LATEX_SYMBOL = Pattern.compile("\\$[A-Z]+_\\{[^}]*}\\$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern QUOTE = Pattern.compile("^(\\s*)>\\s+");
    private static final Pattern LEADING_PAGE_MARK = Pattern.compile("^(\\s*)\\d{1,3}/\\d{1,3}\\s+\\d{2}-\\d{5}\\s+(?=\\S)");

    private InlineDebris() {
    }

    /** A line without its debris, and how many marks were removed. */
    record Cleaned(String text, int marks) {
    }

    static Cleaned clean(String line) {
        int[] marks = {0};
        String out = replace(LATEX_SYMBOL, "$", line, "", marks);
        out = replace(BOLD, "**", out, "$1", marks);
        out = replaceAtStart(QUOTE, out, "$1", marks);
        out = replaceAtStart(LEADING_PAGE_MARK, out, "$1", marks);
        return new Cleaned(out, marks[0]);
    }

    /** For a pattern anchored at the line's start ({@code ^}): tried there only, not at every character. */
    private static String replaceAtStart(Pattern pattern, String text, String replacement, int[] marks) {
        Matcher m = pattern.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        marks[0]++;
        return m.replaceFirst(replacement);
    }

    /** Every match replaced; {@code sign} is what each match contains, looked for first: most lines carry no debris. */
    private static String replace(Pattern pattern, String sign, String text, String replacement, int[] marks) {
        if (!text.contains(sign)) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            marks[0]++;
            m.appendReplacement(out, replacement);
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
