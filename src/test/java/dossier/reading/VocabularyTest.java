package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Vocabulary of(String... lines) {
        return Vocabulary.of(List.of(List.of(lines)));
    }

    @Test
    void words_are_counted_across_case_punctuation_and_texts() {
        Vocabulary vocabulary = Vocabulary.of(List.of(List.of("The Council, (the council)", "  \"COUNCIL\"."), List.of("council\tmembers")));
        assertThat(vocabulary.count("council")).isEqualTo(4);
        assertThat(vocabulary.count("Members;")).isEqualTo(1);
        assertThat(vocabulary.count("the")).isEqualTo(2);
    }

    @Test
    void accented_words_are_one_word_however_they_are_encoded() {
        String composed = "Sécurité";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        Vocabulary vocabulary = of(composed + " " + decomposed + ",", "«sécurité»");
        assertThat(vocabulary.count("sécurité")).isEqualTo(3);
        assertThat(vocabulary.count(decomposed)).isEqualTo(3);
    }

    @Test
    void only_the_hyphen_at_a_line_end_makes_a_fragment() {
        Vocabulary vocabulary = of("peace- keeping here", "a peace-", "-peace");
        assertThat(vocabulary.count("peace")).isEqualTo(2);
        assertThat(vocabulary.count("keeping")).isEqualTo(1);
    }

    @Test
    void punctuation_alone_and_numbers() {
        Vocabulary vocabulary = of("— 2012 ; 2012, ²");
        assertThat(vocabulary.count("2012")).isEqualTo(2);
        assertThat(vocabulary.count("—")).isZero();
        assertThat(vocabulary.count("²")).isEqualTo(1);
    }

    /** The counting scan splits and trims as its definition says: runs between {@code \s}, trimmed to letters and numbers. */
    @Property(tries = 300)
    void the_scan_counts_what_the_definition_counts(@ForAll("lines") List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            String[] tokens = line.strip().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                if (i < tokens.length - 1 || !tokens[i].endsWith("-")) {
                    words.add(word(tokens[i]));
                }
            }
        }
        Vocabulary vocabulary = Vocabulary.of(List.of(lines));
        for (String line : lines) {
            for (String token : line.strip().split("\\s+")) {
                String word = word(token);
                long expected = word.isEmpty() ? 0 : words.stream().filter(word::equals).count();
                assertThat(vocabulary.count(token)).as("%s in %s", token, lines).isEqualTo(expected);
            }
        }
    }

    private static String word(String token) {
        return Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.strings().withChars("aAbé-,.( \t\u00a0\u2003\u000b1²")
                .withChars('e', '\u0301').ofMaxLength(24);
        return line.list().ofMinSize(1).ofMaxSize(5);
    }

    @Test
    void a_word_asked_only_whether_it_is_rarer_than_a_count_is_recorded_up_to_that_count() {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Vocabulary recording = of("of the of the of", "o").recording(seen);
        assertThat(recording.rarerThan("of", 2)).isFalse();
        assertThat(recording.rarerThan("o", 2)).isTrue();
        assertThat(of("of of of of of of", "o").agrees(seen)).as("'of' more common still: the same answers").isTrue();
        assertThat(of("of", "o").agrees(seen)).as("'of' now rarer than 2").isFalse();
        assertThat(of("of of", "o o").agrees(seen)).as("'o' no longer rarer than 2").isFalse();
    }

    @Test
    void a_glued_word_splits_where_the_dossier_writes_its_parts_apart_ten_times_as_often() {
        String apart = "the election ".repeat(10);
        assertThat(of(apart, "theelection").split("theelection")).isEqualTo(3);
        assertThat(of(apart, "theelection theelection").split("theelection")).as("glued twice: 20 needed").isEqualTo(-1);
        assertThat(of("a broad ".repeat(3), "abroad").split("abroad")).isEqualTo(-1);
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        of(apart, "theelection").recording(seen).split("theelection");
        assertThat(of(apart + apart, "theelection").agrees(seen)).isTrue();
        assertThat(of("the election", "theelection").agrees(seen)).as("no longer split").isFalse();
    }

    @Test
    void a_word_that_did_not_split_is_recorded_so_that_a_dossier_in_which_it_splits_reads_it_again() {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        assertThat(of("theelection").recording(seen).split("theelection")).isEqualTo(-1);
        assertThat(of("theelection", "of").agrees(seen)).as("still not split").isTrue();
        assertThat(of("the election ".repeat(10), "theelection").agrees(seen)).as("an edit elsewhere makes it split").isFalse();
    }

    @Test
    void a_vocabulary_made_from_the_last_and_the_texts_an_edit_changed_answers_as_one_counted_afresh() {
        List<String> apart = List.of("the election ".repeat(6));
        List<String> glued = List.of("theelection of the");
        List<String> before = List.of("an election");
        List<String> after = List.of("the election ".repeat(5) + "an election");
        Vocabulary last = Vocabulary.of(List.of(apart, glued, before));
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (List<String> text : List.of(apart, glued, after)) {
            Vocabulary.counts(text).forEach((word, count) -> counts.merge(word, count, Integer::sum));
        }
        Vocabulary updated = Vocabulary.ofCounts(counts, List.of(apart, glued, after), last, List.of(before), List.of(after));
        Vocabulary fresh = Vocabulary.of(List.of(apart, glued, after));

        assertThat(last.split("theelection")).as("6 times apart: not 10 times as often").isEqualTo(-1);
        assertThat(updated.split("theelection")).as("11 times apart").isEqualTo(fresh.split("theelection")).isEqualTo(3);
        assertThat(updated.count("election")).isEqualTo(fresh.count("election")).isEqualTo(12);
        assertThat(updated.splitsDifferingFrom(last)).containsExactly("theelection");
        assertThat(updated.splitsDifferingFrom(fresh)).isEmpty();
    }

    @Test
    void each_key_a_recording_writes_names_the_word_looked_up() {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Vocabulary recording = of("the election", "theelection").recording(seen);
        recording.count("The");
        recording.rarerThan("election,", 5);
        recording.split("theelection");
        assertThat(seen.keySet().stream().map(Vocabulary::wordOf)).containsExactlyInAnyOrder("the", "election", "theelection");
    }
}
