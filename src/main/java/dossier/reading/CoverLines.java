package dossier.reading;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a UN document's first-page masthead: "United Nations", the symbol, the organ,
 * "Distr.: General", the date, "Original: English", the session and agenda item, "Resolution adopted
 * by …", "[on the report of the First Committee …]". Extraction often puts several of them on one line,
 * separated by wide spaces or by a single one. A line is read word by word, marking which words an item can
 * end at (an item is a few words, or the rest of the line): each word is visited once, however long the line
 * and whatever it holds, and nothing recurses.
 */
final class CoverLines {

    /** Items of one word. */
    private static final Pattern WORD = Pattern.compile(String.join("|",
            "[ASs]",
            Markers.HEAD_SYMBOL,
            "Security|Council|GENERAL",
            "(?:Arabic|Chinese|English|French|Russian|Spanish|ARABIC|CHINESE|ENGLISH|FRENCH|RUSSIAN|SPANISH)",
            "(?:Original|ORIGINAL):\\p{L}*"));
    /** Items of a few words, word by word. */
    private static final List<List<Pattern>> PHRASES = List.of(
            words("United", "Nations"),
            words("Security", "Council"),
            words("General", "Assembly"),
            words("Economic", "and", "Social", "Council"),
            words("Human", "Rights", "Council"),
            words("Trusteeship", "Council"),
            words("SECURITY", "COUNCIL"),
            words("GENERAL", "ASSEMBLY"),
            words("\\d{1,2}", Markers.MONTH, "\\d{4}"),
            words("(?:Original|ORIGINAL):", "\\p{L}+"),
            words("[A-Z][a-z]+(?:-[a-z]+)?", "session|year"),
            words("Resolution", "\\d{1,5}", "\\(\\d{4}\\)"));
    /** Items that take the rest of the line, from their first words on. */
    private static final List<List<Pattern>> TO_THE_END = List.of(
            words("Distr\\..*"),
            words("Agenda", "[Ii]tems?", "\\d.*"),
            words("[Ii]tems?", "\\d.*"),
            words("Resolution", "adopted", "by", "the", ".+"));
    /** "[on the report of …]", "[without reference to …]": the item ends with its bracket. */
    private static final List<List<Pattern>> BRACKETED = List.of(
            words("\\[on", "the", "report", "of"),
            words("\\[without", "reference", "to"));
    private static final Pattern ORIGINAL_LAST = Pattern.compile("(?:Original|ORIGINAL):\\s*\\p{L}+\\s*$");

    private CoverLines() {
    }

    /** "Original: English", the masthead's last item: what comes next on a line of its own is not the masthead's. */
    static boolean endsMasthead(String line) {
        return ORIGINAL_LAST.matcher(line).find();
    }

    /** The line is masthead items and nothing else, one after another. */
    static boolean isCoverLine(String line) {
        String text = Whitespace.single(line).strip();
        if (text.isEmpty()) {
            return false;
        }
        String[] words = text.split(" ");
        int[] bracketClose = bracketCloses(words);
        boolean[] reached = new boolean[words.length + 1];  // reached[i]: items cover words[0, i)
        reached[0] = true;
        for (int at = 0; at < words.length; at++) {
            if (!reached[at]) {
                continue;
            }
            if (WORD.matcher(words[at]).matches() || logo(words[at])) {
                reached[at + 1] = true;
            }
            for (List<Pattern> phrase : PHRASES) {
                if (starts(phrase, words, at)) {
                    reached[at + phrase.size()] = true;
                }
            }
            for (List<Pattern> phrase : TO_THE_END) {
                if (starts(phrase, words, at)) {
                    return true;
                }
            }
            for (List<Pattern> phrase : BRACKETED) {
                int first = at + phrase.size();
                if (starts(phrase, words, at) && first < words.length && bracketClose[first] >= 0
                        && !words[first].startsWith("]")) {
                    reached[bracketClose[first] + 1] = true;
                }
            }
        }
        return reached[words.length];
    }

    /**
     * For each word, the word from it on that holds the first "]", when that "]" ends it (the bracketed item ends
     * there), else -1; one pass from the end.
     */
    private static int[] bracketCloses(String[] words) {
        int[] close = new int[words.length];
        int next = -1;
        for (int i = words.length - 1; i >= 0; i--) {
            int bracket = words[i].indexOf(']');
            if (bracket >= 0) {
                next = bracket == words[i].length() - 1 ? i : -1;
            }
            close[i] = next;
        }
        return close;
    }

    /** The logo's letter beside the name printed twice: "UNITEDUNITED", "SNATIONSNATIONS", "UNITEDS". */
    private static boolean logo(String word) {
        for (int lead = 0; lead <= 1; lead++) {
            for (int trail = 0; trail <= 1; trail++) {
                if (word.length() > lead + trail && (lead == 0 || isLogoLetter(word.charAt(0)))
                        && (trail == 0 || isLogoLetter(word.charAt(word.length() - 1)))
                        && names(word, lead, word.length() - trail)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLogoLetter(char c) {
        return c == 'A' || c == 'S';
    }

    /** {@code word[from, to)} is "UNITED" and "NATIONS" one after another, once at least. */
    private static boolean names(String word, int from, int to) {
        int at = from;
        while (at < to) {
            if (word.startsWith("UNITED", at) && at + 6 <= to) {
                at += 6;
            } else if (word.startsWith("NATIONS", at) && at + 7 <= to) {
                at += 7;
            } else {
                return false;
            }
        }
        return at > from;
    }

    private static boolean starts(List<Pattern> phrase, String[] words, int at) {
        if (at + phrase.size() > words.length) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!phrase.get(i).matcher(words[at + i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<Pattern> words(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Pattern::compile).toList();
    }
}
