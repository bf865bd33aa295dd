package dossier.reading;

import java.util.regex.Pattern;

/** Text cut or evened at runs of whitespace (regex {@code \s}), with the pattern compiled once, not at every call. */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");
    /** Whitespace that is not a single space already: a space alone is left as it stands, without a copy. */
    private static final Pattern UNEVEN = Pattern.compile("\\s{2,}|[^\\S ]");

    private Whitespace() {
    }

    /** How many pieces the text falls into at whitespace, counted as {@code text.split("\\s+")} counts them. */
    static int pieces(String text) {
        return RUN.split(text).length;
    }

    /** The text with every run of whitespace a single space. */
    static String single(String text) {
        return UNEVEN.matcher(text).replaceAll(" ");
    }
}
