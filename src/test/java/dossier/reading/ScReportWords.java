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

    private final Map<String, Integer> source = new HashMap<>();
    /** Two source words side by side in a line, as one: what closing a kerning split between them makes. */
    private final Map<String, Integer> pairs = new HashMap<>();
    private final Map<String, Integer> shown = new HashMap<>();
    /** Two words shown side by side, as one: what the source printed glued where it lost a line break. */
    private final Map<String, Integer> shownPairs = new HashMap<>();

    /** The source's words, furniture lines struck. */
    ScReportWords(List<String> lines) {
        for (String line : lines) {
            String stripped = line.replace('\f', ' ').replace('\u00A0', ' ').strip();
            if (!FURNITURE_LINE.matcher(stripped).matches()) {
                String[] words = stripped.split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    add(fold(words[i]), source);
                    if (i > 0) {
                        add(fold(words[i - 1]) + fold(words[i]), pairs);
                    }
                }
            }
        }
    }

    /** Counts the words of a text shown. */
    void shown(String text) {
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            add(fold(words[i]), shown);
            if (i > 0) {
                add(fold(words[i - 1]) + fold(words[i]), shownPairs);
            }
        }
    }

    /** The share of the source's words shown. */
    double recall() {
        return (shared(source, shown) + 2 * joined() + split()) / (double) total(source);
    }

    /** The share of the words shown that are the source's. */
    double precision() {
        return (shared(source, shown) + joined() + 2 * split()) / (double) total(shown);
    }

    /** Words shown that the source prints split in two ("fiv e" shown "five"): two source words kept as one. */
    private int joined() {
        return shared(unmatched(shown, source), pairs);
    }

    /** Source words shown in two ("ofthe" shown "of the"): one source word kept as two. */
    private int split() {
        return shared(unmatched(source, shown), shownPairs);
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
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        return a.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0))).sum();
    }

    private static int total(Map<String, Integer> words) {
        return words.values().stream().mapToInt(Integer::intValue).sum();
    }
}
