package dossier.annotation.index;

import dossier.annotation.acronyms.AcronymShape;
import dossier.model.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the index's variants in a paragraph: on the text with accents folded and spaces as one, longest
 * variant first, never inside a word. Within a longer variant, a shorter one counts only when written as
 * an acronym. A variant two entries share (a homograph) counts for the one whose context words the paragraph holds, or for the one that asks for none.
 */
final class VariantMatcher {

    /** One entry a variant may stand for, and the words (folded) one of which its paragraph must hold; none for any paragraph. */
    record Sense(String entryId, List<Pattern> when) {

        static Sense of(String entryId, List<String> whenWords) {
            return new Sense(entryId, whenWords.stream().map(VariantMatcher::wordPattern).toList());
        }

        boolean holds(String folded) {
            return when.stream().anyMatch(w -> w.matcher(folded).find());
        }
    }

    /** A variant found at [start, end) of the paragraph, standing for an entry. */
    record Match(int start, int end, String entryId, String written) {
    }

    private final Map<String, List<String>> byFirstWord;
    private final Map<String, List<Sense>> senses;

    /** @param senses every variant, as a folded phrase ({@link Folding#phrase}), with the entries it may stand for */
    VariantMatcher(Map<String, List<Sense>> senses) {
        this.senses = Map.copyOf(senses);
        // Variants by their first word, longest first: at a word, the longest variant that fits wins.
        this.byFirstWord = senses.keySet().stream().collect(Collectors.groupingBy(VariantMatcher::firstWord,
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                        .toList())));
    }

    private static Pattern wordPattern(String word) {
        String phrase = Arrays.stream(Folding.phrase(word).split(" ")).map(Pattern::quote).collect(Collectors.joining(" +"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])");
    }

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static String firstWord(String phrase) {
        int end = 0;
        while (end < phrase.length() && inWord(phrase.charAt(end))) {
            end++;
        }
        return phrase.substring(0, end);
    }

    /** The variants with the entries they stand for and the words each sense needs, as a value (patterns have no equality). */
    Map<String, List<List<String>>> learned() {
        Map<String, List<List<String>>> learned = new HashMap<>();
        senses.forEach((variant, list) -> learned.put(variant, list.stream()
                .map(s -> Stream.concat(Stream.of(s.entryId()), s.when().stream().map(Pattern::pattern)).toList()).toList()));
        return learned;
    }

    /** Every variant in {@code text}, in order of where it starts; one may overlap another. */
    List<Match> find(String text) {
        Folding.Placed placed = Folding.placed(text);
        String compact = placed.text();
        List<Match> found = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < compact.length(); i++) {
            // Never inside a word: a variant starts where a word starts and ends where one ends.
            if (!inWord(compact.charAt(i)) || (i > 0 && inWord(compact.charAt(i - 1)))) {
                continue;
            }
            boolean longest = true;
            for (int end : endsAt(compact, i)) {
                int from = placed.start(i);
                int to = placed.end(end);
                String written = text.substring(from, to);
                // The longest variant where no other stands; within another, only an acronym, which names its
                // entry wherever it is written ("the ECOWAS mediator"), where words are part of a longer name
                // ("Peace and Security Council").
                if (longest && i >= covered || AcronymShape.isAcronym(written)) {
                    sense(senses.getOrDefault(compact.substring(i, end), List.of()), compact)
                            .ifPresent(s -> found.add(new Match(from, to, s.entryId(), written)));
                }
                covered = Math.max(covered, end);
                longest = false;
            }
        }
        return found;
    }

    /** The ends of every variant at {@code i}, the longest first. */
    private List<Integer> endsAt(String compact, int i) {
        int wordEnd = i;
        while (wordEnd < compact.length() && inWord(compact.charAt(wordEnd))) {
            wordEnd++;
        }
        List<Integer> ends = new ArrayList<>();
        for (String variant : byFirstWord.getOrDefault(compact.substring(i, wordEnd), List.of())) {
            int end = i + variant.length();
            if (compact.startsWith(variant, i) && (end == compact.length() || !inWord(compact.charAt(end)))) {
                ends.add(end);
            }
        }
        return ends;
    }

    /** The one entry a variant stands for in this paragraph; none when its context leaves it ambiguous. */
    private static Optional<Sense> sense(List<Sense> senses, String folded) {
        List<Sense> asked = senses.stream().filter(s -> !s.when().isEmpty() && s.holds(folded)).toList();
        if (asked.size() == 1) {
            return Optional.of(asked.get(0));
        }
        List<Sense> plain = senses.stream().filter(s -> s.when().isEmpty()).toList();
        return asked.isEmpty() && plain.size() == 1 ? Optional.of(plain.get(0)) : Optional.empty();
    }
}
