package dossier.annotation.acronyms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that look like acronyms but that no document spells out and the editor's file does not have,
 * so the build can name them for the editor. Capitals that are not acronyms are left alone: roman
 * numerals, a heading in capitals ("UNITED NATIONS"), parts of a document symbol ("S/PRST/2012/7"), and
 * a family name printed in capitals after "(Signed)".
 */
final class UnexplainedAcronyms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)*");
    private static final String SIGNED = "(Signed)";

    private UnexplainedAcronyms() {
    }

    /** The words of {@code text} used like acronyms that {@code lexicon} does not know, in text order. */
    static List<String> candidates(String text, Lexicon lexicon) {
        int signed = text.indexOf(SIGNED);
        String words = signed < 0 ? text : text.substring(0, signed);
        List<int[]> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            tokens.add(new int[] {word.start(), word.end()});
        }
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = words.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (AcronymShape.isAcronym(token) && lexicon.entryOf(token).isEmpty()
                    && !inSymbol(words, tokens.get(i)) && !inCapitalisedHeading(words, tokens, i, lexicon)) {
                candidates.add(AcronymShape.singular(token));
            }
        }
        return candidates;
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
