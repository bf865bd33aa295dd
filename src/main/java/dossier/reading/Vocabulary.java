package dossier.reading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a dossier uses, counted across all its sources: the evidence for rejoining a word split
 * at a line end ("counter-" + "terrorism") and for telling a footnote marker from part of a word.
 * Words are counted in lower case without surrounding punctuation; a fragment left by a line-end
 * hyphen is not a word and is not counted.
 */
public final class Vocabulary {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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

    private static void add(Map<String, Integer> counts, Map<String, Integer> more) {
        more.forEach((word, count) -> counts.merge(word, count, Integer::sum));
    }

    private static void count(Map<String, Integer> counts, List<String> lines) {
        for (String line : lines) {
            String[] tokens = WHITESPACE.split(line.strip());
            for (int i = 0; i < tokens.length; i++) {
                boolean lineEndFragment = i == tokens.length - 1 && tokens[i].endsWith("-");
                String word = key(tokens[i]);
                if (!lineEndFragment && !word.isEmpty()) {
                    counts.merge(word, 1, Integer::sum);
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
        // Plain ASCII is already in NFC, and most words are plain ASCII.
        String nfc = token.chars().allMatch(c -> c < 128) ? token : Normalizer.normalize(token, Normalizer.Form.NFC);
        String lower = nfc.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && !isWordChar(lower.codePointAt(start))) {
            start += Character.charCount(lower.codePointAt(start));
        }
        while (end > start && !isWordChar(lower.codePointBefore(end))) {
            end -= Character.charCount(lower.codePointBefore(end));
        }
        return lower.substring(start, end);
    }

    /** A letter or a number of any kind (\p{L} or \p{N}): what a word is trimmed to, found without a regex per token. */
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
