package dossier.annotation.references;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.DocumentKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRecognizerTest {

    private static final String SC = "Security Council";
    private static final String HRC = "Human Rights Council";

    /** Each mention as a reader would describe it: the symbol, the dated kind, or the paragraph anchor. */
    private static List<String> named(String text, String body) {
        return ReferenceRecognizer.find(text, body).stream().map(ReferenceRecognizerTest::describe).toList();
    }

    private static String describe(Mention m) {
        if (m instanceof Mention.Symbol s) {
            return s.symbol();
        }
        if (m instanceof Mention.Dated d) {
            return d.kind() + " " + d.date();
        }
        Mention.Paragraph p = (Mention.Paragraph) m;
        return p.anchor() + p.of().map(o -> " of " + o.start()).orElse("");
    }

    private static List<String> clicked(String text, String body) {
        return ReferenceRecognizer.find(text, body).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void symbols_with_revisions_addenda_and_corrigenda() {
        String text = "See S/2012/894, S/2012/926/Add.1, S/PRST/2012/7, A/HRC/RES/34/39, A/74/918/Rev.1 and E/CN.4/2005/L.10/Corr.1.";
        assertThat(named(text, SC)).containsExactly("S/2012/894", "S/2012/926/Add.1", "S/PRST/2012/7",
                "A/HRC/RES/34/39", "A/74/918/Rev.1", "E/CN.4/2005/L.10/Corr.1");
    }

    @Test
    void a_symbol_written_with_a_space_before_the_year_is_normalised() {
        assertThat(named("adopted as S/RES/2071 (2012) on 12 October", SC)).containsExactly("S/RES/2071(2012)");
    }

    @Test
    void security_council_resolution_by_number_and_year() {
        assertThat(named("The present report is submitted pursuant to resolution 2071 (2012), in which", SC))
                .containsExactly("S/RES/2071(2012)");
        assertThat(clicked("pursuant to resolution 2071 (2012), in which", SC)).containsExactly("resolution 2071 (2012)");
    }

    @Test
    void a_list_of_resolutions_gives_one_reference_each() {
        assertThat(named("the Committee pursuant to resolutions 1267 (1999) and 1989 (2011) and further reiterates", SC))
                .containsExactly("S/RES/1267(1999)", "S/RES/1989(2011)");
        assertThat(named("pursuant to resolution 1989 (2011) and 2083 (2012) and strongly condemns", SC))
                .containsExactly("S/RES/1989(2011)", "S/RES/2083(2012)");
        assertThat(named("recalls its resolutions 1674 (2006), 1738 (2006) and 1894 (2009) on the protection of "
                + "civilians, its resolutions 1612 (2005) and 1882 (2009) on children", SC))
                .containsExactly("S/RES/1674(2006)", "S/RES/1738(2006)", "S/RES/1894(2009)", "S/RES/1612(2005)", "S/RES/1882(2009)");
    }

    @Test
    void the_year_in_brackets_makes_a_security_council_resolution_whoever_cites_it() {
        assertThat(named("by the Security Council in its resolution 2295 (2016) of 29 June 2016", HRC))
                .containsExactly("S/RES/2295(2016)");
    }

    @Test
    void session_and_number_take_the_body_from_the_words() {
        assertThat(named("the Human Rights Council resolution 21/25, by which the Council requested", SC))
                .containsExactly("A/HRC/RES/21/25");
        assertThat(named("Recalling General Assembly resolution 60/251 of 15 March 2006,", HRC))
                .containsExactly("A/RES/60/251");
        assertThat(named("Economic and Social Council resolution 2005/12 and", SC)).containsExactly("E/RES/2005/12");
    }

    @Test
    void session_and_number_take_the_body_from_the_citing_document_when_the_words_do_not_name_one() {
        String text = "Recalling further its resolutions 20/17 of 6 July 2012, on the situation of human rights in Mali, "
                + "22/18 of 21 March 2013, in which it established the mandate of the Independent Expert, and 25/36 "
                + "of 28 March 2014 and 31/28 of 24 March 2016, by which it extended the mandate,";
        assertThat(named(text, HRC)).containsExactly("A/HRC/RES/20/17", "A/HRC/RES/22/18", "A/HRC/RES/25/36", "A/HRC/RES/31/28");
        assertThat(named("Recalling its resolution 64/12,", "General Assembly")).containsExactly("A/RES/64/12");
    }

    @Test
    void early_assembly_resolutions_carry_their_session_in_roman_numerals() {
        assertThat(named("the Declaration in General Assembly resolution 1514 (XV) of 14 December 1960", SC))
                .containsExactly("A/RES/1514(XV)");
    }

    @Test
    void session_and_number_without_a_known_body_is_not_guessed() {
        assertThat(named("Recalling its resolutions 20/17 and 22/18,", SC)).isEmpty();
        assertThat(named("Recalling resolution 20/17,", "")).isEmpty();
    }

    @Test
    void a_list_of_resolutions_stops_at_the_end_of_the_clause() {
        assertThat(named("Recalling its resolutions 5/1 and 5/2; notes that 24/7 coverage", HRC))
                .containsExactly("A/HRC/RES/5/1", "A/HRC/RES/5/2");
    }

    @Test
    void letters_and_reports_by_full_date() {
        assertThat(named("recalling also the letter of the Transitional authorities of Mali dated 12 October 2012 addressed", SC))
                .containsExactly("LETTER 2012-10-12");
        assertThat(named("Taking note of the Secretary-General’s report on Mali dated 28 November 2012 for continued action", SC))
                .containsExactly("REPORT 2012-11-28");
        assertThat(named("the letter of 21 June 2023 (see annex)", SC)).containsExactly("LETTER 2023-06-21");
        assertThat(clicked("the letter of the Transitional authorities of Mali dated 12 October 2012 addressed", SC))
                .containsExactly("letter of the Transitional authorities of Mali dated 12 October 2012");
    }

    @Test
    void a_date_repeated_by_the_symbol_in_brackets_is_one_reference() {
        assertThat(named("the Secretary-General’s report on Mali dated 28 November 2012 (S/2012/894) for", SC))
                .containsExactly("S/2012/894");
    }

    @Test
    void a_date_without_a_year_or_far_from_its_letter_names_nothing() {
        assertThat(named("in a letter dated 30 August, the President requested", SC)).isEmpty();
        assertThat(named("In my letter No. 200/P-RM of 18 September 2012, I requested", SC)).isEmpty();
        assertThat(named("the report of the Independent Expert; on 24 March 2017 the Council", HRC)).isEmpty();
    }

    @Test
    void paragraphs_of_the_citing_document() {
        assertThat(named("consistent with paragraph 12 above and including", SC)).containsExactly("para-12");
        assertThat(named("in accordance with paragraph 9 (b), in close coordination", SC)).containsExactly("para-9-b");
        assertThat(named("as referred to in paragraphs 23 and 24 below", SC)).containsExactly("para-23", "para-24");
        assertThat(named("as set out in paragraph 4 of the present resolution", SC)).containsExactly("para-4");
        assertThat(clicked("in accordance with paragraph 9 (b), in close coordination", SC)).containsExactly("paragraph 9 (b)");
        assertThat(named("as requested in paragraph 2 of section II above", SC)).containsExactly("sec-ii-para-2");
        assertThat(named("paragraphs 3 and 4 (a) of section IV", SC)).containsExactly("sec-iv-para-3", "sec-iv-para-4-a");
    }

    @Test
    void a_paragraph_of_another_document_belongs_to_it() {
        String text = "as requested in paragraph 5 of resolution 2071 (2012), the Secretary-General";
        List<Mention> found = ReferenceRecognizer.find(text, SC);
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isInstanceOfSatisfying(Mention.Paragraph.class,
                p -> assertThat(p.of()).contains(found.get(1)));
        assertThat(named("paragraph 1 of Article 2 of the Charter", SC)).isEmpty();
    }

    @Test
    void numbers_dates_and_page_numbers_are_not_references() {
        String text = "Mali’s debt of $1.34 trillion, 30,000 jobs, a 3,000-strong force, on 12/10/2012, "
                + "page 3/5, 24/7 coverage, 1 January 2013, 2012-66061, 12-66061 (E) 211212, A/B testing, 100 km/h, "
                + "in 2012 (2013 figures), A/5 paper";
        assertThat(ReferenceRecognizer.find(text, SC)).isEmpty();
        assertThat(ReferenceRecognizer.find(text, HRC)).isEmpty();
    }

    @Test
    void the_resolution_of_a_crisis_is_not_a_resolution() {
        assertThat(named("the strategic concept for the resolution of the crisis in Mali", SC)).isEmpty();
        assertThat(named("relevant Security Council resolutions and the law establishing a 30 per cent quota", HRC)).isEmpty();
    }

    @Test
    void dated_mentions_carry_their_kind_and_date() {
        assertThat(ReferenceRecognizer.find("the report dated 28 November 2012", SC)).singleElement()
                .isEqualTo(new Mention.Dated(4, 33, DocumentKind.REPORT, LocalDate.of(2012, 11, 28)));
    }
}
