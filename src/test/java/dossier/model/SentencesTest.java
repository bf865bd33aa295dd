package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void a_full_stop_after_a_title_an_initial_or_a_reference_ends_no_sentence() {
        String text = "Mr. Traoré met A. Diallo (see para. 4, e.g. Annex). The Council acted. Then?";
        assertThat(Sentences.ends(text)).containsExactly(text.indexOf("Annex).") + 6, text.indexOf("acted.") + 5, text.length() - 1);
    }

    @Test
    void a_clause_ends_at_a_semicolon_or_colon_before_a_capital_as_well() {
        String text = "Fighting resumed on 3 May; The talks will open: Bamako hosts them. Done";
        assertThat(Sentences.ends(text)).containsExactly(text.indexOf("them.") + 4);
        assertThat(Sentences.clauseEnds(text)).containsExactly(text.indexOf(';'), text.indexOf(':'), text.indexOf("them.") + 4);
    }

    @Test
    void a_capital_after_an_opening_mark_may_start_a_sentence() {
        String text = "He said: “Peace came”; Mali (Bamako)";
        assertThat(Sentences.mayStartAt(text, 0)).isTrue();
        assertThat(Sentences.mayStartAt(text, text.indexOf("Peace"))).isTrue();
        assertThat(Sentences.mayStartAt(text, text.indexOf("Mali"))).isTrue();
        assertThat(Sentences.mayStartAt(text, text.indexOf("Bamako"))).isTrue();
        assertThat(Sentences.mayStartAt(text, text.indexOf("said"))).isFalse();
    }
}
