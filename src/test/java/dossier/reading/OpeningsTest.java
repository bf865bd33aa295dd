package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Recalling its resolutions 2056 (2012)              | Recalling",
        "Recalling also its resolutions 5/1                 | Recalling also",
        "Deeply concerned also about continued violations   | Deeply concerned also",
        "Remaining seriously concerned over the insecurity  | Remaining seriously concerned",
        "Taking note with appreciation of the report        | Taking note with appreciation",
        "Bearing in mind the Charter                        | Bearing in mind",
        "Guided by the purposes and principles              | Guided",
        "Calls upon all Member States                       | Calls upon",
        "Strongly condemns the violations                   | Strongly condemns",
        "Notes with satisfaction that the Government        | Notes with satisfaction",
        "Takes note of the commitment                       | Takes note",
        "Decides to remain seized of the matter.            | Decides",
    })
    void the_words_the_UN_prints_in_italics(String paragraph, String opening) {
        assertThat(paragraph.substring(0, Openings.length(paragraph))).isEqualTo(opening);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(a) To support", "45 per cent of", "“Requisition” is"})
    void no_opening_where_a_paragraph_does_not_start_with_a_word(String paragraph) {
        assertThat(Openings.length(paragraph)).isZero();
    }
}
