package dossier.annotation.index;

import java.text.Normalizer;

/**
 * Text as the index compares it: lower case, accents dropped, curly apostrophes straight, any space
 * one space. Each character folds to exactly one, so a position in the folded text is the same
 * position in the original.
 */
final class Fold {

    private Fold() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    private static char fold(char c) {
        if (c == '’' || c == '‘' || c == 'ʼ') {
            return '\'';
        }
        if (c < 0x80) {
            return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    /** A phrase as one folded string with single spaces, for comparing variants with each other. */
    static String phrase(String text) {
        return fold(text).strip().replaceAll(" +", " ");
    }
}
