package dossier.annotation.acronyms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text spells an acronym out: "Organization of Islamic Cooperation (OIC)", "Mouvement
 * national pour la libération de l’Azawad (MNLA)", "ECOWAS (Economic Community of West African States)".
 * A parenthesis holding an acronym defines it only if the words before it give most of its letters as
 * initials; "(see annex)", "(2012)" or "(S/PRST/2012/7)" define nothing.
 */
final class DefinitionFinder {

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,300})\\)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /**
     * A word of a name: letters and digits, joined by hyphens or apostrophes ("Al-Qaida", "l’Azawad"),
     * maybe followed by a comma ("United Nations Educational, Scientific and Cultural Organization").
     */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*,?");
    private static final Pattern SUBWORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Small words that names carry without initials, in the UN's working languages. */
    private static final Set<String> CONNECTORS = Set.of("a", "an", "of", "the", "in", "for", "and", "on", "to", "at",
            "de", "la", "le", "les", "l", "d", "un", "une", "du", "des", "et", "en", "au", "aux", "pour", "sur",
            "del", "el", "los", "las", "y", "para");
    /** A long form gives at least this share of its acronym's letters by its words' initials. */
    private static final double EXPLAINED_SHARE = 0.6;
    /** How far before a parenthesis a long form may start, in characters. */
    private static final int LOOK_BACK = 600;

    private DefinitionFinder() {
    }

    static List<Definition> find(String text) {
        List<Definition> found = new ArrayList<>();
        Matcher parenthesis = PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            String inside = parenthesis.group(1).strip();
            if (AcronymShape.isAcronym(inside)) {
                longFormBefore(text, parenthesis.start(), AcronymShape.singular(inside))
                        .map(start -> new Definition(AcronymShape.singular(inside),
                                text.substring(start, parenthesis.start()).strip(), start, parenthesis.end()))
                        .ifPresent(found::add);
            } else {
                acronymBefore(text, parenthesis.start(), inside)
                        .map(start -> new Definition(AcronymShape.singular(text.substring(start, parenthesis.start()).strip()),
                                inside, start, parenthesis.end()))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Where the long form of {@code acronym} starts, if the words before {@code end} give it. First
     * choice: the shortest run that starts with the acronym's first letter and gives most of its letters
     * as initials ("African-led International Support Mission in Mali (AFISMA)", not "… the deployment of
     * an African-led …"). Where no run starts so — a name translated from another language, "United
     * Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)" from the French — the
     * run whose initials give most letters, the shortest of those. A long form has no more words that
     * count than its acronym has letters, or one more if it starts with the acronym's first letter and gives every
     * letter: "Administration" in "United Nations Interim Administration Mission in Kosovo (UNMIK)".
     */
    private static Optional<Integer> longFormBefore(String text, int end, String acronym) {
        int letters = letters(acronym).length();
        List<int[]> words = nameWordsBefore(text, end, 2 * letters + 4);
        char first = Character.toLowerCase(letters(acronym).charAt(0));
        int best = -1;
        int bestShare = 0;
        for (int k = 1; k <= words.size(); k++) {
            int start = words.get(words.size() - k)[0];
            String run = text.substring(start, end).strip();
            int extraWords = contentWords(run) - letters;
            if (!startsName(run) || extraWords > 1) {
                continue;
            }
            int share = initialsShare(acronym, run);
            if (extraWords == 1 && share < letters) {
                continue;
            }
            if (firstSubword(run).charAt(0) == first && explains(acronym, share)) {
                return Optional.of(start);
            }
            if (extraWords <= 0 && share > bestShare) {
                best = start;
                bestShare = share;
            }
        }
        return best >= 0 && explains(acronym, bestShare) ? Optional.of(best) : Optional.empty();
    }

    /**
     * A long form starts with a word that gives an initial, in capitals unless the whole long form is
     * in lower case ("non-governmental organizations (NGOs)"): "the", "of" or a verb in lower case before
     * a capitalised name are the sentence's words, not the name's.
     */
    private static boolean startsName(String run) {
        String first = firstSubword(run);
        if (first.isEmpty() || CONNECTORS.contains(first)) {
            return false;
        }
        return Character.isUpperCase(run.charAt(0)) || SUBWORD.matcher(run).results()
                .noneMatch(w -> Character.isUpperCase(w.group().charAt(0)));
    }

    /** Where the acronym before a parenthesised long form starts: "ECOWAS (Economic Community …)". */
    private static Optional<Integer> acronymBefore(String text, int end, String inside) {
        List<int[]> words = nameWordsBefore(text, end, 1);
        if (words.isEmpty() || !inside.matches("[\\p{L}\\p{N}'’,\\s-]+")) {
            return Optional.empty();
        }
        String acronym = text.substring(words.get(0)[0], end).strip();
        boolean explained = AcronymShape.isAcronym(acronym)
                && explains(AcronymShape.singular(acronym), initialsShare(AcronymShape.singular(acronym), inside))
                && contentWords(inside) <= letters(acronym).length();
        return explained ? Optional.of(words.get(0)[0]) : Optional.empty();
    }

    /** Enough of the acronym's letters are initials of its long form: most of them, and two unless it has one ("G77"). */
    private static boolean explains(String acronym, int share) {
        int letters = letters(acronym).length();
        return share > 0 && share >= Math.min(letters, Math.max(2, Math.ceil(EXPLAINED_SHARE * letters)));
    }

    /** Up to {@code max} words of a name right before {@code end}, in text order: [start, end] each. */
    private static List<int[]> nameWordsBefore(String text, int end, int max) {
        List<int[]> all = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(Math.max(0, end - LOOK_BACK), end);
        while (word.find()) {
            all.add(new int[] {word.start(), word.end()});
        }
        List<int[]> run = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && run.size() < max; i--) {
            int[] w = all.get(i);
            String written = text.substring(w[0], w[1]);
            if (!NAME_WORD.matcher(written).matches() || i == all.size() - 1 && written.endsWith(",")) {
                break;
            }
            run.add(0, w);
        }
        return run;
    }

    /** How many of the acronym's letters are initials of the run's words, each initial used once. */
    private static int initialsShare(String acronym, String run) {
        Map<Character, Integer> initials = new HashMap<>();
        Matcher subword = SUBWORD.matcher(run);
        while (subword.find()) {
            String w = subword.group().toLowerCase(Locale.ROOT);
            if (!CONNECTORS.contains(w)) {
                initials.merge(w.charAt(0), 1, Integer::sum);
            }
        }
        int share = 0;
        for (char c : letters(acronym).toLowerCase(Locale.ROOT).toCharArray()) {
            Integer left = initials.get(c);
            if (left != null && left > 0) {
                initials.put(c, left - 1);
                share++;
            }
        }
        return share;
    }

    /**
     * Words that could give an initial: not connectors, not numbers. A hyphenated word counts once, though each of its
     * parts may give an initial: "Timor-Leste" is one word of "United Nations Integrated Mission in Timor-Leste (UNMIT)".
     */
    private static int contentWords(String run) {
        return (int) WORD.matcher(run).results().filter(word -> SUBWORD.matcher(word.group()).results()
                .map(w -> w.group().toLowerCase(Locale.ROOT))
                .anyMatch(w -> !CONNECTORS.contains(w) && w.chars().anyMatch(Character::isLetter))).count();
    }

    private static String firstSubword(String run) {
        Matcher subword = SUBWORD.matcher(run);
        return subword.find() ? subword.group().toLowerCase(Locale.ROOT) : "";
    }

    private static String letters(String acronym) {
        return acronym.replaceAll("[^\\p{L}]", "");
    }
}
