package dossier.model;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * How text folds wherever the dossier compares words: a name and its slug, an index variant and a
 * paragraph, a search term and what a reader types. One rule, for one character at a time ({@link #of}):
 * compatibility forms spelled out and accents dropped (Unicode's NFKD without its marks: "ﬁ" → "fi",
 * "é" → "e"), lower case, œ, æ and ß spelled oe, ae and ss, curly apostrophes straight, any space a plain
 * space. assets/js/search.js mirrors it (foldChar): change both together.
 */
public final class Folding {

    private static final char[] ASCII = new char[0x80];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = isSpace(c) ? ' ' : Character.toLowerCase(c);
        }
    }

    private Folding() {
    }

    /** One character's fold: most often one character; none for a combining mark; two for "œ" or "ﬁ". */
    public static String of(int c) {
        if (c < 0x80) {
            return String.valueOf(ASCII[c]);
        }
        if (isSpace(c)) {
            return " ";
        }
        if (c == '’' || c == '‘' || c == 'ʼ') {
            return "'";
        }
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(d -> !isMark(d)).map(Character::toLowerCase).forEach(d -> out.append(switch (d) {
            case 'œ' -> "oe";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            default -> Character.toString(d);
        }));
        return out.toString();
    }

    /** The text with each character folded: "Côte d’Ivoire" → "cote d'ivoire", "Œuvre" → "oeuvre". */
    public static String fold(String text) {
        int i = 0;
        // Most words are plain ASCII in lower case, which folds to itself: the build folds every word of the dossier.
        while (i < text.length() && text.charAt(i) < 0x80 && ASCII[text.charAt(i)] == text.charAt(i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c < 0x80) {
                out.append(ASCII[c]);
            } else {
                out.append(of(c));
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** A phrase folded for comparing with another: no space at either end, every run of spaces one ("  Côte  d’Ivoire" → "cote d'ivoire"). */
    public static String phrase(String text) {
        return fold(text).strip().replaceAll(" +", " ");
    }

    /**
     * The text folded with every run of spaces as one, keeping where each folded character was written,
     * so that what is found in the folded text can be given back as the words the text holds.
     */
    public static Placed placed(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            // Every paragraph of the dossier is folded this way: plain ASCII without making a string per character.
            String folds = c < 0x80 ? null : of(c);
            for (int k = 0; k < (folds == null ? 1 : folds.length()); k++) {
                char f = folds == null ? ASCII[c] : folds.charAt(k);
                if (f != ' ' || folded.isEmpty() || folded.charAt(folded.length() - 1) != ' ') {
                    if (folded.length() == starts.length) { // more folded characters than written: "œ", "ﬁ"
                        starts = Arrays.copyOf(starts, 2 * starts.length + 1);
                        ends = Arrays.copyOf(ends, starts.length);
                    }
                    starts[folded.length()] = i;
                    ends[folded.length()] = next;
                    folded.append(f);
                }
            }
            i = next;
        }
        return new Placed(folded.toString(), starts, ends);
    }

    /** Folded text, and for each of its characters where the character it folds from stands in the text. */
    public static final class Placed {

        private final String text;
        private final int[] starts;
        private final int[] ends;

        private Placed(String text, int[] starts, int[] ends) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
        }

        public String text() {
            return text;
        }

        /** Where the written text of folded characters [from, to) starts. */
        public int start(int from) {
            return starts[from];
        }

        /** Where the written text of folded characters [from, to) ends (to > 0). */
        public int end(int to) {
            return ends[to - 1];
        }
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
