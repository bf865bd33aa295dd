package dossier.reading;

import java.util.regex.Pattern;

/** Marks that extraction tools add inside lines, removed before any other rule sees the text. */
final class InlineDebris {

    private static final Pattern LATEX_SYMBOL = Pattern.compile("\\$[A-Z]+_\\{[^}]*}\\$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern LEADING_PAGE_MARK = Pattern.compile("^\\d{1,3}/\\d{1,3}\\s+\\d{2}-\\d{5}\\s+");

    private InlineDebris() {
    }

    static String clean(String line) {
        String out = LATEX_SYMBOL.matcher(line).replaceAll("");
        out = BOLD.matcher(out).replaceAll("$1");
        out = LEADING_PAGE_MARK.matcher(out).replaceAll("");
        return out.replaceFirst("^>\\s+", "");
    }
}
