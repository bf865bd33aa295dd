package dossier.reading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words a dossier uses, counted across all its sources: the evidence for rejoining a word split
 * at a line end ("counter-" + "terrorism") and for telling a footnote marker from part of a word.
 * Words are counted in lower case without surrounding punctuation; a fragment left by a line-end
 * hyphen is not a word and is not counted.
 */
public final class Vocabulary {

    private final Map<String, Integer> counts;
    /**
     * Two words side by side ("my recommendations"), counted only where both are words the dossier writes more often
     * than it writes them glued ("myrecommendations"): the evidence for splitting a word glued by a lost line break.
     */
    private final Map<String, Integer> pairs;
    /** The words that split into two words the dossier writes more often than it writes them glued. */
    private final Set<String> glued;
    /** Where a recording view writes each word looked up and the count it gave; null when not recording. */
    private final Map<String, Integer> seen;

    private Vocabulary(Map<String, Integer> counts, Map<String, Integer> pairs, Set<String> glued, Map<String, Integer> seen) {
        this.counts = counts;
        this.pairs = pairs;
        this.glued = glued;
        this.seen = seen;
    }

    /** The vocabulary of some texts, each a list of lines. */
    public static Vocabulary of(List<List<String>> texts) {
        // Each text is counted on its own, on every core, then the counts are added up.
        return withPairs(Map.copyOf(texts.parallelStream().collect(HashMap::new, Vocabulary::count, Vocabulary::add)), texts);
    }

    private static Vocabulary withPairs(Map<String, Integer> counts, List<List<String>> texts) {
        Set<String> glued = glued(counts);
        return new Vocabulary(counts, pairs(texts, glued), Set.copyOf(glued), null);
    }

    private static Set<String> glued(Map<String, Integer> counts) {
        return counts.keySet().parallelStream().filter(word -> mayBeGlued(word, counts)).collect(Collectors.toSet());
    }

    private static Map<String, Integer> pairs(List<List<String>> texts, Set<String> glued) {
        return glued.isEmpty() ? Map.of() : Map.copyOf(texts.parallelStream().collect(HashMap::new,
                (into, lines) -> countPairs(into, lines, glued), Vocabulary::add));
    }

    /** The words of one text (its lines) with their counts: {@link #of} adds these up over every text. */
    public static Map<String, Integer> counts(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        count(counts, lines);
        return counts;
    }

    /**
     * The vocabulary of some texts whose counts are known (none zero): the sum of {@link #counts} over the
     * texts, which serve keeps up to date. The word pairs are counted again, as they depend on every count.
     */
    public static Vocabulary ofCounts(Map<String, Integer> counts, List<List<String>> texts) {
        return withPairs(Map.copyOf(counts), texts);
    }

    /**
     * As {@link #ofCounts}, for texts that are {@code last}'s with {@code removed} taken out and {@code added}
     * put in: while the words that may be glued are last's, only the pairs of those texts are counted again.
     */
    public static Vocabulary ofCounts(Map<String, Integer> counts, List<List<String>> texts, Vocabulary last,
                                      List<List<String>> removed, List<List<String>> added) {
        Map<String, Integer> now = Map.copyOf(counts);
        Set<String> glued = glued(now);
        if (!glued.equals(last.glued)) {
            return new Vocabulary(now, pairs(texts, glued), Set.copyOf(glued), null);
        }
        Map<String, Integer> pairs = new HashMap<>(last.pairs);
        pairs(removed, glued).forEach((pair, count) -> pairs.merge(pair, -count, (a, b) -> a + b == 0 ? null : a + b));
        add(pairs, pairs(added, glued));
        return new Vocabulary(now, Map.copyOf(pairs), last.glued, null);
    }

    /** Longest word tried as two glued together. */
    private static final int GLUED_LENGTH = 40;

    /** A word of letters that splits into two words the dossier writes more often than it. */
    private static boolean mayBeGlued(String word, Map<String, Integer> counts) {
        if (word.length() < 3 || word.length() > GLUED_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int glued = counts.get(word);
        for (int at = 1; at < word.length(); at++) {
            if (counts.getOrDefault(word.substring(0, at), 0) > glued && counts.getOrDefault(word.substring(at), 0) > glued) {
                return true;
            }
        }
        return false;
    }

    /** Counts the pairs of words side by side in a line that make, glued, one of {@code glued}. */
    private static void countPairs(Map<String, Integer> into, List<String> lines, Set<String> glued) {
        for (String line : lines) {
            String previous = "";
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && Whitespace.isSpace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < line.length() && !Whitespace.isSpace(line.charAt(i))) {
                    i++;
                }
                String word = start < i ? key(line, start, i) : "";
                if (!previous.isEmpty() && !word.isEmpty() && glued.contains(previous + word)) {
                    into.merge(previous + " " + word, 1, Integer::sum);
                }
                previous = word;
            }
        }
    }

    /**
     * Where a word of letters glued by a lost line break ("myrecommendations") splits: the position at which the
     * dossier writes its two parts side by side more often than it writes them glued (the most often, where several
     * do), or -1. A recording view writes down the answer, -1 included: an edit elsewhere may make the word
     * one that splits, and a reading kept from before must then be read again.
     */
    public int split(String word) {
        String key = key(word);
        if (key.length() != word.length()) {
            return -1;
        }
        int at = splitAnswer(key);
        if (seen != null) {
            seen.put(SPLIT + key, at);
        }
        return at;
    }

    private int splitOf(String key) {
        int best = -1;
        int most = APART * counts.getOrDefault(key, 0) - 1;
        for (int at = 1; at < key.length(); at++) {
            int apart = pairs.getOrDefault(key.substring(0, at) + " " + key.substring(at), 0);
            if (apart > most) {
                best = at;
                most = apart;
            }
        }
        return best;
    }

    /**
     * How many times more often the dossier must write two words apart than glued: a compound it writes both ways
     * ("roadmap", "road map"; "abroad", "a broad") stays as written.
     */
    private static final int APART = 10;

    /** Before a word in a recorded key: the answer {@link #split} gave for it. */
    private static final char SPLIT = '\u0001';

    private static void add(Map<String, Integer> counts, Map<String, Integer> more) {
        more.forEach((word, count) -> counts.merge(word, count, Integer::sum));
    }

    /** Before a word in a count's key: the word was all a text's first line held. */
    private static final char FIRST_LINE = '\u0002';

    private static void count(Map<String, Integer> counts, List<String> lines) {
        // Tokens are the runs between ASCII whitespace (regex \s) of the stripped line, scanned by hand:
        // this runs for every word of every source.
        boolean first = true;
        for (String line : lines) {
            String text = line.strip();
            if (first && !text.isEmpty()) {
                first = false;
                String word = text.chars().anyMatch(c -> Whitespace.isSpace((char) c)) ? "" : key(text, 0, text.length());
                if (!word.isEmpty()) {
                    counts.merge(FIRST_LINE + word, 1, Integer::sum);
                }
            }
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
        return countOf(key(word));
    }

    private int countOf(String key) {
        int count = counts.getOrDefault(key, 0);
        if (seen != null) {
            seen.put(key, count);
        }
        return count;
    }

    /**
     * How often a word is all that a text's first line holds. A word the dossier writes nowhere else is no word
     * of its texts: what an extractor made of the UN emblem ("Etpu"), which every document from that extractor
     * opens with.
     */
    public int countAsFirstLine(String word) {
        return countOf(FIRST_LINE + key(word));
    }

    /**
     * Whether a word occurs fewer than {@code times} times. A recording view writes down only the count up to
     * {@code times}, so that the answer for a common word ("of") stands however often the dossier comes to use it.
     */
    public boolean rarerThan(String word, int times) {
        String key = key(word);
        int count = counts.getOrDefault(key, 0);
        if (seen != null) {
            seen.put(key + CAPPED + times, Math.min(count, times));
        }
        return count < times;
    }

    /** Between a word and its cap in a recorded key: no word holds it. */
    private static final char CAPPED = '\u0000';

    /**
     * The same vocabulary, writing into {@code seen} every word looked up and the count it gave: what a
     * reading used of the dossier's words, so that a later vocabulary that {@link #agrees} with it would
     * give the same reading.
     */
    public Vocabulary recording(Map<String, Integer> seen) {
        return new Vocabulary(counts, pairs, glued, seen);
    }

    /** Whether every word recorded in {@code seen} has here the count recorded. */
    public boolean agrees(Map<String, Integer> seen) {
        return seen.entrySet().stream().allMatch(e -> recorded(e.getKey()) == e.getValue());
    }

    /** What a key in {@code seen} records now: a word's count, or its count up to a cap ({@link #rarerThan}). */
    private int recorded(String seenKey) {
        if (seenKey.charAt(0) == SPLIT) {
            return splitAnswer(seenKey.substring(1));
        }
        int cap = seenKey.indexOf(CAPPED);
        if (cap < 0) {
            return counts.getOrDefault(seenKey, 0);
        }
        int times = Integer.parseInt(seenKey.substring(cap + 1));
        return Math.min(counts.getOrDefault(seenKey.substring(0, cap), 0), times);
    }

    private int splitAnswer(String key) {
        return glued.contains(key) ? splitOf(key) : -1;
    }

    /**
     * The word a key of a recording ({@link #recording}) looked up: its answer can differ in another
     * vocabulary only if that word's count does, or its {@link #split} ({@link #splitsDifferingFrom}).
     */
    public static String wordOf(String seenKey) {
        if (seenKey.charAt(0) == SPLIT) {
            return seenKey.substring(1);
        }
        int cap = seenKey.indexOf(CAPPED);
        return cap < 0 ? seenKey : seenKey.substring(0, cap);
    }

    /** The words that {@link #split} answers for here otherwise than {@code other} does (only words either may split). */
    public Set<String> splitsDifferingFrom(Vocabulary other) {
        Set<String> either = new HashSet<>(glued);
        either.addAll(other.glued);
        return either.stream().filter(key -> splitAnswer(key) != other.splitAnswer(key)).collect(Collectors.toSet());
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
