package dossier.reading;

import dossier.model.Names;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands out a document's anchors: each once, so that a link always lands on one place. A name given
 * twice (two annexes with a heading of the same words) gets "-2", "-3".
 */
final class Anchors {

    private static final int SLUG_WORDS = 6;

    private final Set<String> used = new HashSet<>();
    /** The next number to try for a name already given, so that 40,000 "1." cost one try each, not 40,000. */
    private final Map<String, Integer> next = new HashMap<>();

    String claim(String wanted) {
        String anchor = wanted;
        int n = next.getOrDefault(wanted, 2);
        while (!used.add(anchor)) {
            anchor = wanted + "-" + n++;
        }
        next.put(wanted, n);
        return anchor;
    }

    /** "Training of Malian forces" → "training-of-malian-forces": the first words, slugged as every name is ({@link Names#slug}). */
    static String slug(String words) {
        return Arrays.stream(Names.slug(words).split("-")).limit(SLUG_WORDS).collect(Collectors.joining("-"));
    }
}
