package dossier.annotation.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionFinderTest {

    private static List<String> found(String text) {
        return DefinitionFinder.find(text).stream().map(d -> d.acronym() + " = " + d.longForm()).toList();
    }

    @Test
    void an_english_long_form_before_its_acronym() {
        assertThat(found("the Heads of State and Government of the Economic Community of West African States (ECOWAS) appointed"))
                .containsExactly("ECOWAS = Economic Community of West African States");
    }

    @Test
    void a_french_long_form_with_elided_articles() {
        assertThat(found("a Tuareg movement known as the Mouvement national pour la libération de l’Azawad (MNLA), along with"))
                .containsExactly("MNLA = Mouvement national pour la libération de l’Azawad");
        assertThat(found("and the Mouvement pour l’unicité et le jihad en Afrique de l’Ouest (MUJAO), in addition"))
                .containsExactly("MUJAO = Mouvement pour l’unicité et le jihad en Afrique de l’Ouest");
    }

    @Test
    void the_long_form_starts_at_a_word_that_gives_a_letter_not_at_a_small_word() {
        assertThat(found("the Special Representative, the Organization of Islamic Cooperation (OIC) and neighbouring countries"))
                .containsExactly("OIC = Organization of Islamic Cooperation");
        assertThat(found("organizations, notably Al-Qaida in Islamic Maghreb (AQIM) and associated groups"))
                .containsExactly("AQIM = Al-Qaida in Islamic Maghreb");
    }

    @Test
    void words_of_the_sentence_before_the_name_are_not_part_of_it_even_when_they_give_a_letter() {
        assertThat(found("9. Decides to authorize the deployment of an African-led International Support Mission in Mali (AFISMA) for"))
                .containsExactly("AFISMA = African-led International Support Mission in Mali");
        assertThat(found("Authorizes an African-led International Support Mission in Mali (AFISMA) for"))
                .containsExactly("AFISMA = African-led International Support Mission in Mali");
    }

    @Test
    void a_name_translated_from_french_keeps_only_its_own_words() {
        assertThat(found("Mali confirms the request for the immediate withdrawal of the United Nations Multidimensional "
                + "Integrated Stabilization Mission in Mali (MINUSMA), which was made"))
                .containsExactly("MINUSMA = United Nations Multidimensional Integrated Stabilization Mission in Mali");
        assertThat(found("between the people of Mali and the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)"))
                .containsExactly("MINUSMA = United Nations Multidimensional Integrated Stabilization Mission in Mali");
    }

    @Test
    void a_hyphenated_place_name_is_one_word_of_the_long_form() {
        assertThat(found("the mandate of the United Nations Integrated Mission in Timor-Leste (UNMIT) until"))
                .containsExactly("UNMIT = United Nations Integrated Mission in Timor-Leste");
    }

    @Test
    void a_long_form_from_the_acronyms_first_letter_may_hold_one_word_that_gives_no_letter() {
        assertThat(found("by the United Nations Interim Administration Mission in Kosovo (UNMIK) and"))
                .containsExactly("UNMIK = United Nations Interim Administration Mission in Kosovo");
        assertThat(found("a report on Human Rights Watch and Amnesty Action Kosovo Mission (UNMIK) and"))
                .as("two words that give no letter").isEmpty();
        assertThat(found("between the people of Mali and the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)"))
                .as("one word more, but the acronym's A given by no word").containsExactly(
                        "MINUSMA = United Nations Multidimensional Integrated Stabilization Mission in Mali");
    }

    @Test
    void a_long_form_joined_from_wrapped_lines_and_with_commas_inside() {
        assertThat(found("the deployment of an African-led International\nSupport Mission in Mali (AFISMA) for"))
                .containsExactly("AFISMA = African-led International\nSupport Mission in Mali");
        assertThat(found("listed by the United Nations Educational, Scientific and Cultural Organization (UNESCO)."))
                .containsExactly("UNESCO = United Nations Educational, Scientific and Cultural Organization");
    }

    @Test
    void acronyms_with_digits_hyphens_lower_case_or_a_plural() {
        assertThat(found("the African Union Peace and Security Council (AU-PSC) met")).containsExactly("AU-PSC = African Union Peace and Security Council");
        assertThat(found("the Forces armées maliennes (FAMa) withdrew")).containsExactly("FAMa = Forces armées maliennes");
        assertThat(found("a memorandum of understanding (MoU) was signed")).containsExactly("MoU = memorandum of understanding");
        assertThat(found("the Group of 77 (G77) said")).containsExactly("G77 = Group of 77");
        assertThat(found("with non-governmental organizations (NGOs) and")).containsExactly("NGO = non-governmental organizations");
    }

    @Test
    void the_acronym_before_its_long_form() {
        assertThat(found("ECOWAS (Economic Community of West African States) met"))
                .containsExactly("ECOWAS = Economic Community of West African States");
    }

    @Test
    void parentheses_that_define_nothing() {
        assertThat(found("letter of 21 June 2023 (see annex) by which; resolution 2071 (2012); Statements of "
                + "26 March 2012 (S/PRST/2012/7); Chapter (VII); of the Council (II); (Signed) BAN Ki-moon; "
                + "the situation in Mali (MINUSMA); written off 400 billion CFA francs ($800 million)")).isEmpty();
    }

    @Test
    void the_definition_spans_the_long_form_and_the_parenthesis() {
        String text = "the Economic Community of West African States (ECOWAS) appointed";
        Definition definition = DefinitionFinder.find(text).get(0);
        assertThat(text.substring(definition.start(), definition.end())).isEqualTo("Economic Community of West African States (ECOWAS)");
    }
}
