package dossier.annotation.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UnexplainedAcronymsTest {

    /** The rule the scan implements, as a pattern: letters and numbers, hyphenated parts starting with a capital or a number. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)*");

    @Test
    void hyphenated_parts_join_a_word_when_they_start_with_a_capital_or_a_number() {
        String text = "The AU-PSC and the Secretary-General, on counter-terrorism in G5-2014 (Traoré’s) ";
        assertThat(UnexplainedAcronyms.words(text).stream().map(w -> text.substring(w[0], w[1])))
                .containsExactly("The", "AU-PSC", "and", "the", "Secretary-General", "on", "counter", "terrorism", "in",
                        "G5-2014", "Traoré", "s");
    }

    @Property(tries = 2000)
    void the_scan_finds_the_words_the_pattern_finds(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            expected.add(word.start() + "-" + word.end());
        }
        assertThat(UnexplainedAcronyms.words(text).stream().map(w -> w[0] + "-" + w[1])).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        // Capitals, small letters, numbers of several kinds, marks, hyphens, spaces, a letter outside the BMP.
        return Arbitraries.of("A", "b", "É", "é", "7", "٣", "Ⅻ", "½", "\u0301", "-", "-", " ", "/", "’", "𝐀", "ǅ")
                .list().ofMaxSize(24).map(parts -> String.join("", parts));
    }
}
