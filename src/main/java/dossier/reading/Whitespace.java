package dossier.reading;

import java.util.regex.Pattern;

/**
 * Text cut or evened at runs of whitespace as the regex {@code \s+} finds them, read by a scan of its
 * characters: the readers ask it of every line and every paragraph, and a regex tried at every character
 * was the cost of reading.
 */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** How many pieces the text falls into at whitespace, counted as {@code text.split("\\s+")} counts them. */
    static int pieces(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i)) && (i == 0 || isSpace(text.charAt(i - 1)))) {
                words++;
            }
        }
        // split keeps an empty piece before leading whitespace, and none at all when the text is whitespace only
        return words == 0 ? 0 : words + (isSpace(text.charAt(0)) ? 1 : 0);
    }

    /** The text with every run of whitespace a single space. */
    static String single(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return RUN.matcher(text).replaceAll(" ");
            }
        }
        return text;  // single-spaced already, as most paragraphs are
    }

    /** The characters of {@code \s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
