package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void plural_and_singular_give_the_same_term() {
        assertThat(SearchTerms.terms("negotiations")).isEqualTo(SearchTerms.terms("negotiation"));
        assertThat(SearchTerms.terms("authorities")).containsExactly("authority");
        assertThat(SearchTerms.terms("processes")).isEqualTo(SearchTerms.terms("process"));
        assertThat(SearchTerms.terms("countries taxes")).containsExactly("country", "tax");
    }

    @Test
    void irregular_plurals_give_their_singular_term() {
        assertThat(SearchTerms.terms("crises analyses criteria addenda corrigenda women children"))
                .isEqualTo(SearchTerms.terms("crisis analysis criterion addendum corrigendum woman child"));
        assertThat(SearchTerms.terms("humanitarian crises")).containsExactly("humanitarian", "crisis");
    }

    @Test
    void words_that_only_look_plural_keep_their_ending() {
        assertThat(SearchTerms.terms("status basis process gas")).containsExactly("status", "basis", "process", "gas");
    }

    @Test
    void accents_ligatures_and_case_do_not_matter() {
        assertThat(SearchTerms.terms("Traoré")).isEqualTo(SearchTerms.terms("traore"));
        assertThat(SearchTerms.terms("CÔTE D’IVOIRE")).isEqualTo(SearchTerms.terms("Cote d'Ivoire"));
        assertThat(SearchTerms.terms("Œuvre ﬁnance")).containsExactly("oeuvre", "finance");
    }

    @Test
    void stop_words_one_letter_words_and_possessives_are_not_terms() {
        assertThat(SearchTerms.terms("The situation in Mali’s north, (a) and the State of Mali"))
                .containsExactly("situation", "mali", "north", "state", "mali");
    }

    @Test
    void a_un_symbol_is_one_term_whatever_its_spacing_and_its_parts_are_terms_too() {
        assertThat(SearchTerms.terms("resolution S/RES/2085 (2012) and S/RES/2085(2012)"))
                .containsSubsequence("resolution", "s/res/2085(2012)", "res", "2085", "2012", "s/res/2085(2012)");
        assertThat(SearchTerms.terms("report (S/2012/894).")).contains("s/2012/894");
        assertThat(SearchTerms.terms("A/HRC/RES/34/39")).startsWith("a/hrc/res/34/39");
    }

    @Test
    void a_slash_between_words_is_not_a_symbol() {
        assertThat(SearchTerms.terms("political and/or military")).containsExactly("political", "military");
    }

    @Test
    void tokens_say_where_their_words_stand() {
        String text = "Mr. Traoré’s negotiations";
        assertThat(SearchTerms.tokens(text)).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("Mr", "Traoré", "negotiations");
    }
}
