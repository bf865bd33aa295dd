package dossier.rendering;

import dossier.model.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Counting words as a proof-reader would, independently of the reader under test. The source's words
 * are every line's words except lines that are page furniture by their shape alone, and except a title
 * the text repeats on lines of their own once it has begun (a running head); footnotes — the lines
 * below a footnote rule, or a paragraph of its own opening with a bare number ("1 Official Records …")
 * — are counted apart, since the page gathers them at its end. The page's words are the text of
 * #document-text without what the build adds, its footnote section apart. Words are folded for case,
 * accents, punctuation and hyphens, so that a rejoined "Secretary-\nGeneral" counts once either way,
 * and a footnote marker counts as a word of its own wherever it is run into the text ("Mali1", "2024,1",
 * "20242").
 */
final class DocumentHtmlTestWords {

    private static final Pattern FURNITURE_LINE = Pattern.compile(String.join("|",
            "[A-Z]{1,5}(/[A-Z0-9.]+)*/\\d{1,5}(/[A-Za-z0-9.]+)*",
            "(\\d{1,3}(/\\d{1,3})?\\s+)?\\d{2}-\\d{5}(\\s*\\(E\\))?(\\s+\\d{6}|\\s+\\d{1,3}(/\\d{1,3})?)?",
            "\\*\\d{7,}\\*",
            "\\d{1,3}(/\\d{1,3})?"));
    private static final Pattern RULE = Pattern.compile("_{4,}");
    // Compiled once: applied to every line and word of 23 texts, twice.
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EQUATION = Pattern.compile("\\$[A-Z]+_\\{[^}]*}\\$");
    private static final Pattern DASH = Pattern.compile("[–—]");
    private static final Pattern NUMBER_APART = Pattern.compile(
            "(?<=\\p{L})(?=\\d)|(?<=[,;:.)”’])(?=\\d)|(?<=^(?:19|20)\\d\\d)(?=\\d{1,2}$)");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern FOOTNOTE_PARAGRAPH = Pattern.compile("\\d{1,3}\\s+(?!(?:January|February|March|April|May|June"
            + "|July|August|September|October|November|December)\\b)[^\\s.].*");
    private static final Pattern ANNEX = Pattern.compile("Annex\\b.*");
    private static final Pattern TEXT_BEGINS = Pattern.compile("The [A-Z][\\p{L} ]+(Assembly|Council),?");
    private static final String FOOTNOTES = "section.footnotes";

    private DocumentHtmlTestWords() {
    }

    /** Words of the text in order, and words of its footnotes in order. */
    record Words(List<String> text, List<String> footnotes) {

        int size() {
            return text.size() + footnotes.size();
        }
    }

    /** The share of {@code expected}'s words that {@code actual} has in the same order, text and footnotes apart. */
    static double shareInOrder(Words expected, Words actual) {
        int common = commonInOrder(expected.text(), actual.text()) + commonInOrder(expected.footnotes(), actual.footnotes());
        return expected.size() == 0 ? 1 : (double) common / expected.size();
    }

    static Words ofSource(List<String> file) {
        List<String> body = withoutHeader(file);
        List<String> title = titleOf(file);
        List<String> lines = new ArrayList<>();
        for (String raw : body) {
            String line = EQUATION.matcher(raw).replaceAll("").strip();
            lines.add(FURNITURE_LINE.matcher(line).matches() ? null : line);
        }
        dropRunningTitles(lines, title);
        List<String> text = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        boolean belowRule = false;
        boolean inFootnoteParagraph = false;
        boolean hyphenated = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                belowRule = false;
                continue;
            }
            if (line.isEmpty()) {
                inFootnoteParagraph = false;
                continue;
            }
            if (RULE.matcher(line).matches()) {
                belowRule = true;
                continue;
            }
            boolean standsAlone = i == 0 || lines.get(i - 1) == null || lines.get(i - 1).isEmpty();
            if (standsAlone && FOOTNOTE_PARAGRAPH.matcher(line).matches()) {
                inFootnoteParagraph = true;
            }
            List<String> into = belowRule || inFootnoteParagraph ? footnotes : text;
            List<String> tokens = new ArrayList<>(Arrays.asList(SPACE.split(line)));
            if (hyphenated && !into.isEmpty()) {
                tokens.set(0, into.remove(into.size() - 1) + tokens.get(0));
            }
            hyphenated = tokens.get(tokens.size() - 1).endsWith("-");
            into.addAll(tokens);
        }
        return new Words(fold(text), fold(footnotes));
    }

    static Words ofPage(Element documentText) {
        Element copy = PageWords.withoutAdded(documentText);
        copy.select("sup").forEach(sup -> sup.before(" ").after(" "));
        List<String> footnotes = copy.select(FOOTNOTES).stream()
                .flatMap(section -> Arrays.stream(SPACE.split(section.text()))).toList();
        copy.select(FOOTNOTES).remove();
        return new Words(fold(Arrays.asList(SPACE.split(copy.text()))), fold(footnotes));
    }

    /**
     * Once the text has begun ("The General Assembly,"), a run of lines standing by themselves whose words
     * are all words of the title, in its order, is the title repeated as a running head — unless it stands
     * under "Annex", as the annex's own title.
     */
    private static void dropRunningTitles(List<String> lines, List<String> title) {
        String titleWords = " " + String.join(" ", title) + " ";
        boolean begun = false;
        boolean underAnnex = false;
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean boundary = line == null || line.isEmpty() || RULE.matcher(line).matches();
            if (!boundary && start < 0) {
                start = i;
            }
            if (boundary && start >= 0) {
                List<String> run = fold(Arrays.asList(SPACE.split(String.join(" ", lines.subList(start, i)))));
                if (begun && !underAnnex && !title.isEmpty() && run.size() >= 2
                        && titleWords.contains(" " + String.join(" ", run) + " ")) {
                    for (int j = start; j < i; j++) {
                        lines.set(j, null);
                    }
                }
                underAnnex = ANNEX.matcher(lines.get(i - 1) == null ? "" : lines.get(i - 1)).matches();
                start = -1;
            }
            begun = begun || (line != null && TEXT_BEGINS.matcher(line).matches());
        }
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
        int close = closingFence(file);
        return close < 0 ? file : file.subList(close + 1, file.size());
    }

    /** The title an extractor's front matter gives ("title: …"), as words; empty without one. */
    private static List<String> titleOf(List<String> file) {
        int close = closingFence(file);
        for (int i = 1; i < close; i++) {
            if (file.get(i).startsWith("title:")) {
                return fold(Arrays.asList(SPACE.split(file.get(i).substring(6))));
            }
        }
        return List.of();
    }

    private static int closingFence(List<String> file) {
        if (file.isEmpty() || !file.get(0).strip().equals("---")) {
            return -1;
        }
        int close = file.subList(1, file.size()).indexOf("---");
        return close < 0 ? -1 : close + 1;
    }

    /** Case, accents and punctuation folded; a number run into a word or after a comma counts apart ("Mali1", "1979,1"). */
    private static List<String> fold(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            for (String part : Arrays.stream(DASH.split(word)).flatMap(w -> Arrays.stream(NUMBER_APART.split(w))).toList()) {
                String folded = NOT_A_LETTER_OR_DIGIT.matcher(Folding.fold(part)).replaceAll("");
                if (!folded.isEmpty()) {
                    out.add(folded);
                }
            }
        }
        return out;
    }
}
