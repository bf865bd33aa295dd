package dossier.reading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a dossier uses, counted across all its sources: the evidence for rejoining a word split
 * at a line end ("counter-" + "terrorism") and for telling a footnote marker from part of a word.
 * Words are counted in lower case without surrounding punctuation; a fragment left by a line-end
 * hyphen is not a word and is not counted.
 */
public final class Vocabulary {

    private final Map<String, Integer> counts;

    private Vocabulary(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** The vocabulary of some texts, each a list of lines. */
    public static Vocabulary of(List<List<String>> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lines : texts) {
            for (String line : lines) {
                String[] tokens = line.strip().split("\\s+");
                for (int i = 0; i < tokens.length; i++) {
                    boolean lineEndFragment = i == tokens.length - 1 && tokens[i].endsWith("-");
                    String word = key(tokens[i]);
                    if (!lineEndFragment && !word.isEmpty()) {
                        counts.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        return new Vocabulary(counts);
    }

    /** How often a word occurs (case and surrounding punctuation ignored). */
    public int count(String word) {
        return counts.getOrDefault(key(word), 0);
    }

    static String key(String token) {
        String lower = Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return lower.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
