package dossier.rendering;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Counting words as a proof-reader would, independently of the reader under test: the source's words
 * are every line's words except lines that are page furniture by their shape alone; the page's words
 * are the text of #document-text without what the build adds. Both are folded for case, accents,
 * punctuation and hyphens, so that a rejoined "Secretary-\nGeneral" counts once either way.
 */
final class DocumentHtmlTestWords {

    private static final Pattern FURNITURE_LINE = Pattern.compile(String.join("|",
            "[A-Z]{1,5}(/[A-Z0-9.]+)*/\\d{1,5}(/[A-Za-z0-9.]+)*",
            "(\\d{1,3}(/\\d{1,3})?\\s+)?\\d{2}-\\d{5}(\\s*\\(E\\))?(\\s+\\d{6}|\\s+\\d{1,3})?",
            "\\*\\d{7,}\\*",
            "\\d{1,3}(/\\d{1,3})?",
            "_{4,}"));
    private static final String ADDED = "[data-added], aside, nav, button, script, template";

    private DocumentHtmlTestWords() {
    }

    static List<String> ofSource(List<String> file) {
        List<String> body = withoutHeader(file);
        List<String> words = new ArrayList<>();
        boolean hyphenated = false;
        for (String raw : body) {
            String line = raw.replaceAll("\\$[A-Z]+_\\{[^}]*}\\$", "").strip();
            if (line.isEmpty() || FURNITURE_LINE.matcher(line).matches()) {
                continue;
            }
            List<String> tokens = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            if (hyphenated && !words.isEmpty()) {
                tokens.set(0, words.remove(words.size() - 1) + tokens.get(0));
            }
            hyphenated = tokens.get(tokens.size() - 1).endsWith("-");
            words.addAll(tokens);
        }
        return fold(words);
    }

    static List<String> ofPage(Element documentText) {
        return fold(Arrays.asList(visibleText(documentText).split("\\s+")));
    }

    /** The words of an element as the source gives them: without anything the build added. */
    static String visibleText(Element element) {
        Element copy = element.clone();
        copy.select(ADDED).remove();
        return copy.text();
    }

    /** How many words both sequences share in the same order (the longest common subsequence, by Myers' diff). */
    static int commonInOrder(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] furthest = new int[2 * max + 2];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && furthest[max + k - 1] < furthest[max + k + 1])
                        ? furthest[max + k + 1] : furthest[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                furthest[max + k] = x;
                if (x >= n && y >= m) {
                    return (n + m - d) / 2;
                }
            }
        }
        return 0;
    }

    private static List<String> withoutHeader(List<String> file) {
        int separator = file.indexOf("~~~~~~");
        if (separator >= 0) {
            return file.subList(separator + 1, file.size());
        }
        if (!file.isEmpty() && file.get(0).strip().equals("---")) {
            int close = file.subList(1, file.size()).indexOf("---");
            return file.subList(close + 2, file.size());
        }
        return file;
    }

    private static List<String> fold(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String folded = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }
}
