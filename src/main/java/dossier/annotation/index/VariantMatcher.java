package dossier.annotation.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the index's variants in a paragraph: on the text with accents folded, longest variant first,
 * never inside a word. A variant two entries share (a homograph) counts for the one whose context
 * words the paragraph holds, or for the one that asks for none.
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

    /** Never inside a word: no letter or digit just before or after. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private final Pattern pattern;
    private final Map<String, List<Sense>> senses;

    /** @param senses every variant, as a folded phrase ({@link Fold#phrase}), with the entries it may stand for */
    VariantMatcher(Map<String, List<Sense>> senses) {
        this.senses = Map.copyOf(senses);
        // A regex alternation takes the first alternative that matches at a position: longest first.
        String alternatives = senses.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(VariantMatcher::phrasePattern).collect(Collectors.joining("|"));
        this.pattern = senses.isEmpty() ? null : Pattern.compile(BEFORE + "(?:" + alternatives + ")" + AFTER);
    }

    private static String phrasePattern(String phrase) {
        return Arrays.stream(phrase.split(" ")).map(Pattern::quote).collect(Collectors.joining(" +"));
    }

    private static Pattern wordPattern(String word) {
        return Pattern.compile(BEFORE + phrasePattern(Fold.phrase(word)) + AFTER);
    }

    List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        String folded = Fold.fold(text);
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            String phrase = m.group().replaceAll(" +", " ");
            sense(senses.getOrDefault(phrase, List.of()), folded)
                    .ifPresent(s -> found.add(new Match(m.start(), m.end(), s.entryId(), text.substring(m.start(), m.end()))));
        }
        return found;
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
