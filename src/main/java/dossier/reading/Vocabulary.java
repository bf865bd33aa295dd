package dossier.reading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a dossier uses, counted across all its sources: the evidence for rejoining a word split
 * at a line end ("counter-" + "terrorism") and for telling a footnote marker from part of a word.
 * Words are counted in lower case without surrounding punctuation; a fragment left by a line-end
 * hyphen is not a word and is not counted.
 */
public final class Vocabulary {

    private final Map<String, Integer> counts;
    /** Where a recording view writes each word looked up and the count it gave; null when not recording. */
    private final Map<String, Integer> seen;

    private Vocabulary(Map<String, Integer> counts) {
        this(Map.copyOf(counts), null);
    }

    private Vocabulary(Map<String, Integer> counts, Map<String, Integer> seen) {
        this.counts = counts;
        this.seen = seen;
    }

    /** The vocabulary of some texts, each a list of lines. */
    public static Vocabulary of(List<List<String>> texts) {
        // Each text is counted on its own, on every core, then the counts are added up.
        return new Vocabulary(texts.parallelStream().collect(HashMap::new, Vocabulary::count, Vocabulary::add));
    }

    /** The words of one text (its lines) with their counts: {@link #of} adds these up over every text. */
    public static Map<String, Integer> counts(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        count(counts, lines);
        return counts;
    }

    /** The vocabulary with these counts (none zero): the sum of {@link #counts} over the texts, kept up to date by serve. */
    public static Vocabulary ofCounts(Map<String, Integer> counts) {
        return new Vocabulary(counts);
    }

    private static void add(Map<String, Integer> counts, Map<String, Integer> more) {
        more.forEach((word, count) -> counts.merge(word, count, Integer::sum));
    }

    private static void count(Map<String, Integer> counts, List<String> lines) {
        // Tokens are the runs between ASCII whitespace (regex \s) of the stripped line, scanned by hand:
        // this runs for every word of every source.
        for (String line : lines) {
            String text = line.strip();
            int i = 0;
            while (i < text.length()) {
                int start = i;
                while (i < text.length() && !Whitespace.isSpace(text.charAt(i))) {
                    i++;
                }
                boolean lineEndFragment = i == text.length() && text.charAt(i - 1) == '-';
                String word = lineEndFragment ? "" : key(text, start, i);
                if (!word.isEmpty()) {
                    counts.merge(word, 1, Integer::sum);
                }
                while (i < text.length() && Whitespace.isSpace(text.charAt(i))) {
                    i++;
                }
            }
        }
    }

    /** How often a word occurs (case and surrounding punctuation ignored). */
    public int count(String word) {
        String key = key(word);
        int count = counts.getOrDefault(key, 0);
        if (seen != null) {
            seen.put(key, count);
        }
        return count;
    }

    /**
     * The same vocabulary, writing into {@code seen} every word looked up and the count it gave: what a
     * reading used of the dossier's words, so that a later vocabulary that {@link #agrees} with it would
     * give the same reading.
     */
    public Vocabulary recording(Map<String, Integer> seen) {
        return new Vocabulary(counts, seen);
    }

    /** Whether every word recorded in {@code seen} has here the count recorded. */
    public boolean agrees(Map<String, Integer> seen) {
        return seen.entrySet().stream().allMatch(e -> counts.getOrDefault(e.getKey(), 0).equals(e.getValue()));
    }

    static String key(String token) {
        return key(token, 0, token.length());
    }

    /** The word that {@code text[start, end)} counts as: NFC, lower case, trimmed to letters and numbers. */
    private static String key(String text, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (!ascii) {
            return trim(Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        }
        // Plain ASCII, most words: already in NFC, trimmed before it is copied.
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !isWordChar(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !isWordChar(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    /** A letter or a number of any kind (\p{L} or \p{N}): what a word is trimmed to, found without a regex per token. */
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
