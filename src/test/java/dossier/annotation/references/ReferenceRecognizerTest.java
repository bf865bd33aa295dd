package dossier.annotation.references;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.DocumentKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * What a text cited by a body names, by rule: the mentions in text order, described as {@link #named}
     * does, separated by "; " (none: empty).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "symbols with revisions, addenda and corrigenda | See S/2012/894, S/2012/926/Add.1, S/PRST/2012/7, A/HRC/RES/34/39, "
                + "A/74/918/Rev.1 and E/CN.4/2005/L.10/Corr.1. | Security Council | S/2012/894; S/2012/926/Add.1; "
                + "S/PRST/2012/7; A/HRC/RES/34/39; A/74/918/Rev.1; E/CN.4/2005/L.10/Corr.1",
        "a symbol written with a space before the year is normalised | adopted as S/RES/2071 (2012) on 12 October "
                + "| Security Council | S/RES/2071(2012)",
        "a Security Council resolution by number and year | The present report is submitted pursuant to resolution "
                + "2071 (2012), in which | Security Council | S/RES/2071(2012)",
        "a list of resolutions gives one reference each | the Committee pursuant to resolutions 1267 (1999) and 1989 "
                + "(2011) and further reiterates | Security Council | S/RES/1267(1999); S/RES/1989(2011)",
        "a list of resolutions gives one reference each | pursuant to resolution 1989 (2011) and 2083 (2012) and "
                + "strongly condemns | Security Council | S/RES/1989(2011); S/RES/2083(2012)",
        "a list of resolutions gives one reference each | recalls its resolutions 1674 (2006), 1738 (2006) and 1894 "
                + "(2009) on the protection of civilians, its resolutions 1612 (2005) and 1882 (2009) on children "
                + "| Security Council | S/RES/1674(2006); S/RES/1738(2006); S/RES/1894(2009); S/RES/1612(2005); S/RES/1882(2009)",
        "the year in brackets makes a Security Council resolution whoever cites it | by the Security Council in its "
                + "resolution 2295 (2016) of 29 June 2016 | Human Rights Council | S/RES/2295(2016)",
        "session and number take the body from the words | the Human Rights Council resolution 21/25, by which the "
                + "Council requested | Security Council | A/HRC/RES/21/25",
        "session and number take the body from the words | Recalling General Assembly resolution 60/251 of 15 March "
                + "2006, | Human Rights Council | A/RES/60/251",
        "session and number take the body from the words | Economic and Social Council resolution 2005/12 and "
                + "| Security Council | E/RES/2005/12",
        "session and number take the body from the citing document when the words do not name one | Recalling further "
                + "its resolutions 20/17 of 6 July 2012, on the situation of human rights in Mali, 22/18 of 21 March 2013, "
                + "in which it established the mandate of the Independent Expert, and 25/36 of 28 March 2014 and 31/28 of "
                + "24 March 2016, by which it extended the mandate, | Human Rights Council "
                + "| A/HRC/RES/20/17; A/HRC/RES/22/18; A/HRC/RES/25/36; A/HRC/RES/31/28",
        "session and number take the body from the citing document when the words do not name one | Recalling its "
                + "resolution 64/12, | General Assembly | A/RES/64/12",
        "early Assembly resolutions carry their session in roman numerals | the Declaration in General Assembly "
                + "resolution 1514 (XV) of 14 December 1960 | Security Council | A/RES/1514(XV)",
        "session and number without a known body is not guessed | Recalling its resolutions 20/17 and 22/18, "
                + "| Security Council | ''",
        "session and number without a known body is not guessed | Recalling resolution 20/17, | '' | ''",
        "a list of resolutions stops at the end of the clause | Recalling its resolutions 5/1 and 5/2; notes that 24/7 "
                + "coverage | Human Rights Council | A/HRC/RES/5/1; A/HRC/RES/5/2",
        "letters and reports by full date | recalling also the letter of the Transitional authorities of Mali dated "
                + "12 October 2012 addressed | Security Council | LETTER 2012-10-12",
        "letters and reports by full date | Taking note of the Secretary-General’s report on Mali dated 28 November "
                + "2012 for continued action | Security Council | REPORT 2012-11-28",
        "letters and reports by full date | the letter of 21 June 2023 (see annex) | Security Council | LETTER 2023-06-21",
        "a date repeated by the symbol in brackets is one reference | the Secretary-General’s report on Mali dated "
                + "28 November 2012 (S/2012/894) for | Security Council | S/2012/894",
        "a date without a year or far from its letter names nothing | in a letter dated 30 August, the President "
                + "requested | Security Council | ''",
        "a date without a year or far from its letter names nothing | In my letter No. 200/P-RM of 18 September 2012, "
                + "I requested | Security Council | ''",
        "a date without a year or far from its letter names nothing | the report of the Independent Expert; on "
                + "24 March 2017 the Council | Human Rights Council | ''",
        "paragraphs of the citing document | consistent with paragraph 12 above and including | Security Council | para-12",
        "paragraphs of the citing document | in accordance with paragraph 9 (b), in close coordination "
                + "| Security Council | para-9-b",
        "paragraphs of the citing document | as referred to in paragraphs 23 and 24 below | Security Council "
                + "| para-23; para-24",
        "paragraphs of the citing document | as set out in paragraph 4 of the present resolution | Security Council "
                + "| para-4",
        "paragraphs of the citing document | as requested in paragraph 2 of section II above | Security Council "
                + "| sec-ii-para-2",
        "paragraphs of the citing document | paragraphs 3 and 4 (a) of section IV | Security Council "
                + "| sec-iv-para-3; sec-iv-para-4-a",
        "a paragraph of a document it cannot name is not the citing document’s | paragraph 1 of Article 2 of the Charter "
                + "| Security Council | ''",
        "the resolution of a crisis is not a resolution | the strategic concept for the resolution of the crisis in "
                + "Mali | Security Council | ''",
        "the resolution of a crisis is not a resolution | relevant Security Council resolutions and the law "
                + "establishing a 30 per cent quota | Human Rights Council | ''",
    })
    void a_text_names_what_its_words_cite(String rule, String text, String body, String names) {
        assertThat(named(text, body)).isEqualTo(names.isEmpty() ? List.of() : List.of(names.split("; ")));
    }

    /** What a reader clicks: the words that name the document or paragraph, no more. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pursuant to resolution 2071 (2012), in which | resolution 2071 (2012)",
        "the letter of the Transitional authorities of Mali dated 12 October 2012 addressed "
                + "| letter of the Transitional authorities of Mali dated 12 October 2012",
        "in accordance with paragraph 9 (b), in close coordination | paragraph 9 (b)",
    })
    void a_mention_spans_the_words_that_name_it(String text, String clicked) {
        assertThat(ReferenceRecognizer.find(text, SC)).singleElement()
                .satisfies(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(clicked));
    }

    @Test
    void a_paragraph_of_another_document_belongs_to_it() {
        String text = "as requested in paragraph 5 of resolution 2071 (2012), the Secretary-General";
        List<Mention> found = ReferenceRecognizer.find(text, SC);
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isInstanceOfSatisfying(Mention.Paragraph.class,
                p -> assertThat(p.of()).contains(found.get(1)));
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
    void dated_mentions_carry_their_kind_and_date() {
        assertThat(ReferenceRecognizer.find("the report dated 28 November 2012", SC)).singleElement()
                .isEqualTo(new Mention.Dated(4, 33, DocumentKind.REPORT, LocalDate.of(2012, 11, 28)));
    }
}
