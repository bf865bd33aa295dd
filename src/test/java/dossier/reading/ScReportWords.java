package dossier.reading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A proof-reader's count of an sc-reports source's words against the words a reading (or a page) shows, kept both
 * ways, with the page furniture they strike by its shape alone, independently of the reader. A word the source prints
 * in two pieces and the page in one (a kerning split closed), or the other way round (words glued by a lost line
 * break split), counts as kept when the pieces stand side by side.
 */
final class ScReportWords {

    /**
     * Lines struck as page furniture. A number alone is not struck: it may be a table's cell as well as a folio (the
     * folios the reader drops count against it).
     */
    private static final Pattern FURNITURE_LINE = Pattern.compile(String.join("|",
            "[A-Z]{1,5}(/[A-Za-z0-9.]+)*/\\d{1,5}(/[A-Za-z0-9.]+)*\\**",
            "(\\d{1,3}(/\\d{1,3})?\\s*)?\\d{2}-\\d{5}\\**(\\s*\\([A-Z]\\))?(\\s+\\d{6})*(\\s*\\d{1,3}(/\\d{1,3})?)?(\\s+/\\.\\.\\.)?",
            "\\*\\d{7,}\\*|`+|_{4,}|-{5,}|[/I]\\s?\\.\\s?\\.\\s?\\.|[1Il| ]*1111[1Il| ]*",
            "\\d{1,3}/\\d{1,3}",
            "(English\\s*)?Page\\s+\\d{1,3}|English"));
    /** What only page furniture looks like inside a block of text. */
    static final Pattern FURNITURE_IN_TEXT = Pattern.compile(
            "\\b\\d{2}-\\d{5}\\*?\\s*\\(E\\)|\\*\\d{7}\\*|/\\.\\.\\.|^I \\.\\.\\.|\\b11111\\b|English Page \\d|^Page \\d+$|````");

    // Compiled once: applied to every word of the 16 reports and of their pages.
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Map<String, Integer> source = new HashMap<>();
    /** Two source words side by side in a line, as one, with the first of them: what closing a kerning split makes. */
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    /** Two words shown side by side, as one, with the first: what the source printed glued where it lost a line break. */
    private final Map<String, Map<String, Integer>> shownPairs = new HashMap<>();

    /** The source's words, furniture lines struck. */
    ScReportWords(List<String> lines) {
        for (String line : lines) {
            String stripped = line.replace('\f', ' ').replace('\u00A0', ' ').strip();
            if (!FURNITURE_LINE.matcher(stripped).matches()) {
                count(stripped, source, pairs);
            }
        }
    }

    /** Counts the words of a text shown. */
    void shown(String text) {
        count(text, shown, shownPairs);
    }

    /** The share of the source's words shown. */
    double recall() {
        Pieces pieces = pieces();
        return (shared(source, shown) + 2 * pieces.joined() + pieces.split()) / (double) total(source);
    }

    /** The share of the words shown that are the source's. */
    double precision() {
        Pieces pieces = pieces();
        return (shared(source, shown) + pieces.joined() + 2 * pieces.split()) / (double) total(shown);
    }

    /**
     * Words shown whole that the source prints in two pieces side by side ("fiv e" shown "five"), and source words
     * shown in two ("ofthe" shown "of the"); each piece counted once, and only where no word matched it already.
     */
    private record Pieces(int joined, int split) {
    }

    private Pieces pieces() {
        Map<String, Integer> spareSource = unmatched(source, shown);
        Map<String, Integer> spareShown = unmatched(shown, source);
        int joined = matchPieces(spareShown, spareSource, pairs);
        int split = matchPieces(spareSource, spareShown, shownPairs);
        return new Pieces(joined, split);
    }

    /** How many of {@code whole} the pieces in {@code spare} make, side by side as {@code sideBySide} has them; uses them up. */
    private static int matchPieces(Map<String, Integer> whole, Map<String, Integer> spare,
                                   Map<String, Map<String, Integer>> sideBySide) {
        int matched = 0;
        for (Map.Entry<String, Integer> word : whole.entrySet()) {
            int left = word.getValue();
            for (Map.Entry<String, Integer> first : sideBySide.getOrDefault(word.getKey(), Map.of()).entrySet()) {
                String a = first.getKey();
                String b = word.getKey().substring(a.length());
                int available = a.equals(b) ? spare.getOrDefault(a, 0) / 2
                        : Math.min(spare.getOrDefault(a, 0), spare.getOrDefault(b, 0));
                int k = Math.min(left, Math.min(first.getValue(), available));
                if (k > 0) {
                    spare.merge(a, -k, Integer::sum);
                    spare.merge(b, -k, Integer::sum);
                    left -= k;
                    matched += k;
                }
            }
        }
        return matched;
    }

    private static void count(String text, Map<String, Integer> words, Map<String, Map<String, Integer>> sideBySide) {
        String[] pieces = SPACE.split(text);
        String previous = "";
        for (String piece : pieces) {
            String word = fold(piece);
            add(word, words);
            if (!previous.isEmpty() && !word.isEmpty()) {
                sideBySide.computeIfAbsent(previous + word, w -> new HashMap<>()).merge(previous, 1, Integer::sum);
            }
            previous = word;
        }
    }

    /** The words of {@code words} left when those of {@code other} are taken out, as many times as they occur there. */
    private static Map<String, Integer> unmatched(Map<String, Integer> words, Map<String, Integer> other) {
        Map<String, Integer> left = new HashMap<>(words);
        other.forEach((word, count) -> left.computeIfPresent(word, (w, n) -> n - count > 0 ? n - count : null));
        return left;
    }

    private static void add(String folded, Map<String, Integer> into) {
        if (!folded.isEmpty()) {
            into.merge(folded, 1, Integer::sum);
        }
    }

    private static String fold(String word) {
        String letters = MARK.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_LETTER_OR_DIGIT.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        return a.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0))).sum();
    }

    private static int total(Map<String, Integer> words) {
        return words.values().stream().mapToInt(Integer::intValue).sum();
    }
}
