package dossier.reading;

/**
 * Closes spaces that an extractor put inside a word, reading the gaps of a kerned font as word breaks ("fiv e",
 * "condu ct", "o f", "Secretary -General"). The evidence is the dossier's own: the joined form is a word it
 * writes, more often than it writes either part on its own ("of" against "o" and "f"); a space before a hyphen
 * closes where the dossier writes the compound ("Secretary-General"). Parts that are words as common as the
 * joined form ("in to", "on to") stay apart, and so does anything without evidence: nothing is guessed. Words an
 * extractor glued together where it lost a line break are split on the same kind of evidence.
 */
final class Kerning {

    private Kerning() {
    }

    /**
     * The text with each word glued to the next by a lost line break ("myrecommendations") split where the dossier
     * writes its parts apart ({@link Vocabulary#split}); {@code split[0]} counts them.
     */
    static String split(String text, Vocabulary vocabulary, int[] split) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            boolean word = i > start && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                    && (i == text.length() || !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '-');
            int at = word && (start == 0 || text.charAt(start - 1) != '-') ? vocabulary.split(text.substring(start, i)) : -1;
            if (at > 0) {
                out.append(text, start, start + at).append(' ').append(text, start + at, i);
                split[0]++;
            } else {
                out.append(text, start, i);
            }
            if (i < text.length() && i == start) {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The text (single-spaced) with its kerning splits closed; {@code closed[0]} counts them. */
    static String close(String text, Vocabulary vocabulary, int[] closed) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        String[] tokens = text.split(" ", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < tokens.length) {
            String left = tokens[i];
            boolean join = i + 1 < tokens.length && closes(left, tokens[i + 1], vocabulary);
            if (i > 0) {
                out.append(' ');
            }
            out.append(left);
            if (join) {
                out.append(tokens[i + 1]);
                closed[0]++;
                i += 2;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean closes(String left, String right, Vocabulary vocabulary) {
        if (left.isEmpty() || right.isEmpty() || !letters(left, 0, left.length())) {
            return false;
        }
        int end = wordEnd(right);
        if (right.charAt(0) == '-') {
            return end > 1 && Character.isLetter(right.charAt(1)) && vocabulary.count(left + right.substring(0, end)) > 0;
        }
        if (end == 0 || !Character.isLowerCase(right.charAt(0))) {
            return false;
        }
        String joined = left + right.substring(0, end);
        int together = vocabulary.count(joined);
        return together > 0 && vocabulary.rarerThan(left, together) && vocabulary.rarerThan(right.substring(0, end), together);
    }

    /** Where the word a token opens ends: letters and inner hyphens, before closing punctuation. */
    private static int wordEnd(String token) {
        int end = token.length();
        while (end > 0 && !Character.isLetter(token.charAt(end - 1))) {
            end--;
        }
        return letters(token, token.charAt(0) == '-' ? 1 : 0, end) ? end : 0;
    }

    private static boolean letters(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && !(c == '-' && i > from && i + 1 < to)) {
                return false;
            }
        }
        return true;
    }
}
