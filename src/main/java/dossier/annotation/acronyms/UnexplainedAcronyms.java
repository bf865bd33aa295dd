package dossier.annotation.acronyms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Words that look like acronyms but that no document spells out and the editor's file does not have,
 * so the build can name them for the editor. Capitals that are not acronyms are left alone: roman
 * numerals, a heading in capitals ("UNITED NATIONS"), parts of a document symbol ("S/PRST/2012/7"), and
 * a family name printed in capitals after "(Signed)".
 */
final class UnexplainedAcronyms {

    private static final String SIGNED = "(Signed)";

    private UnexplainedAcronyms() {
    }

    /**
     * The words of {@code text} used like acronyms that {@code lexicon} does not know, in text order; not those the
     * document also writes in small letters ({@link #writtenAsWords}): "HAITI" on a map, "INTRODUCTION" as a heading.
     */
    static List<String> candidates(String text, Lexicon lexicon, Set<String> writtenAsWords) {
        int signed = text.indexOf(SIGNED);
        String words = signed < 0 ? text : text.substring(0, signed);
        List<int[]> tokens = words(words);
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // An acronym starts with a capital: most words are left before they are cut out of the text.
            if (Character.getType(words.codePointAt(tokens.get(i)[0])) != Character.UPPERCASE_LETTER) {
                continue;
            }
            String token = words.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (AcronymShape.isAcronym(token) && lexicon.entryOf(token).isEmpty()
                    && !writtenAsWords.contains(token.toLowerCase(Locale.ROOT)) && !inSymbol(words, tokens.get(i)) && !inCapitalisedHeading(words, tokens, i, lexicon)) {
                candidates.add(AcronymShape.singular(token));
            }
        }
        return candidates;
    }

    /** The words that the texts write as words, not acronyms ("Haiti", "introduction"), in small letters. */
    static Set<String> writtenAsWords(Stream<String> texts) {
        Set<String> written = new HashSet<>();
        texts.forEach(text -> {
            for (int[] word : words(text)) {
                String token = text.substring(word[0], word[1]);
                if (!AcronymShape.isAcronym(token)) {
                    written.add(token.toLowerCase(Locale.ROOT));
                }
            }
        });
        return written;
    }

    /**
     * Where the words of a text stand, [start, end): letters and numbers, with hyphenated parts that start
     * with a capital or a number ("AU-PSC", "Secretary-General"; "counter-terrorism" is two words). A scan, not a
     * pattern: every text of every page goes through it.
     */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (!isLetterOrNumber(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            int end = endOfRun(text, at);
            while (end + 1 < text.length() && text.charAt(end) == '-' && startsPart(text.codePointAt(end + 1))) {
                end = endOfRun(text, end + 1);
            }
            words.add(new int[] {at, end});
            at = end;
        }
        return words;
    }

    private static int endOfRun(String text, int from) {
        int end = from;
        while (end < text.length() && isLetterOrNumber(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean startsPart(int codePoint) {
        return Character.getType(codePoint) == Character.UPPERCASE_LETTER || isNumber(codePoint);
    }

    /** \p{L} or \p{N}, by general category, as a pattern reads them. */
    private static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> isNumber(codePoint);
        };
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean inSymbol(String text, int[] token) {
        return token[0] > 0 && text.charAt(token[0] - 1) == '/' || token[1] < text.length() && text.charAt(token[1]) == '/';
    }

    /** Next to another word in capitals that is not a known acronym: a heading, not an acronym. */
    private static boolean inCapitalisedHeading(String text, List<int[]> tokens, int i, Lexicon lexicon) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < tokens.size()) {
                String neighbour = text.substring(tokens.get(j)[0], tokens.get(j)[1]);
                if (neighbour.length() > 1 && neighbour.equals(neighbour.toUpperCase(Locale.ROOT))
                        && neighbour.chars().anyMatch(Character::isLetter) && lexicon.entryOf(neighbour).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
