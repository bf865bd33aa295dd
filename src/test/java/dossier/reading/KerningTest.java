package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Block;
import dossier.model.Document;
import org.junit.jupiter.api.Test;

/** Spaces an extractor put inside a word are closed, and words it glued are split, only on the dossier's own evidence. */
class KerningTest {

    /** The second paragraph of a report whose first one gives the dossier its words. */
    private static String read(String evidence, String kerned) {
        Document document = InventedReport.read(
                InventedReport.TITLE, "",
                "1. " + evidence, "",
                "2. " + kerned);
        assertThat(document.blocks()).filteredOn(b -> b.type() == Block.Type.PARAGRAPH).hasSize(2);
        return document.blocks().stream().filter(b -> b.number().equals("2.")).findFirst().orElseThrow().text();
    }

    @Test
    void a_split_whose_joined_form_is_a_word_the_dossier_writes_and_whose_parts_are_not_is_closed() {
        String evidence = "The mission will coordinate five patrols with the Secretary-General and his envoy. ";
        assertThat(read(evidence.repeat(2), "The mission will co ordinate fiv e patrols with the Secretary -General and his envoy."))
                .isEqualTo(evidence.strip());
    }

    @Test
    void a_split_whose_parts_are_words_as_common_as_the_joined_form_or_that_the_dossier_never_writes_joined_stays() {
        assertThat(read("The mission went in to the camps and on to the border, and into the town.",
                "The mission went in to the camps and on to the border, and sent the envoy twice."))
                .as("'in to' is written as often as 'into'")
                .isEqualTo("The mission went in to the camps and on to the border, and sent the envoy twice.");
        assertThat(read("The mission met the envoy in the capital.", "The mission met the en voy in the capital."))
                .as("no evidence: the dossier writes 'envoy' as often as 'en' and 'voy' never")
                .isEqualTo("The mission met the en voy in the capital.");
    }

    @Test
    void words_glued_by_a_lost_line_break_are_split_only_where_the_dossier_writes_them_apart_far_more_often() {
        String apart = "The election took place in the capital. ".repeat(10);
        assertThat(read(apart, "The mission observed theelection in the capital."))
                .isEqualTo("The mission observed the election in the capital.");
        assertThat(read("The mission was abroad. A broad coalition formed.", "The mission was abroad."))
                .isEqualTo("The mission was abroad.");
    }
}
