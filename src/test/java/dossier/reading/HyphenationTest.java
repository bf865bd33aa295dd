package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenationTest {

    private static Vocabulary dossier(String... lines) {
        return Vocabulary.of(List.of(List.of(lines)));
    }

    @Test
    void a_word_the_dossier_writes_closed_is_rejoined_without_its_hyphen() {
        Hyphenation.Joined joined = Hyphenation.join("from the counter-", "insurgency efforts", dossier("counterinsurgency"));
        assertThat(joined.text()).isEqualTo("from the counterinsurgency efforts");
        assertThat(joined.undecided()).isEmpty();
    }

    @Test
    void a_compound_the_dossier_writes_with_a_hyphen_keeps_it() {
        assertThat(Hyphenation.join("in the course of counter-", "terrorism operations", dossier("counter-terrorism")).text())
                .isEqualTo("in the course of counter-terrorism operations");
    }

    @Test
    void a_capitalised_second_part_is_a_compound_name() {
        Hyphenation.Joined joined = Hyphenation.join("the Secretary-", "General for West Africa", dossier());
        assertThat(joined.text()).isEqualTo("the Secretary-General for West Africa");
        assertThat(joined.undecided()).isEmpty();
    }

    @Test
    void without_evidence_the_hyphen_is_kept_and_the_join_reported() {
        Hyphenation.Joined joined = Hyphenation.join("the peace-", "keepers stayed", dossier());
        assertThat(joined.text()).isEqualTo("the peace-keepers stayed");
        assertThat(joined.undecided()).contains("peace-keepers");
    }

    @Test
    void more_evidence_for_one_spelling_wins() {
        Vocabulary vocabulary = dossier("reengage reengage", "re-engage");
        assertThat(Hyphenation.join("to re-", "engage with", vocabulary).text()).isEqualTo("to reengage with");
    }

    @Test
    void a_dash_or_a_plain_line_end_joins_with_a_space() {
        assertThat(Hyphenation.join("the elections —", "initially scheduled", dossier()).text())
                .isEqualTo("the elections — initially scheduled");
        assertThat(Hyphenation.join("the elections", "initially", dossier()).text()).isEqualTo("the elections initially");
    }

    @Test
    void line_end_fragments_are_not_counted_as_words() {
        Vocabulary vocabulary = dossier("from the counter-", "insurgency efforts");
        assertThat(vocabulary.count("counter")).isZero();
        assertThat(vocabulary.count("Insurgency,")).isEqualTo(1);
    }
}
