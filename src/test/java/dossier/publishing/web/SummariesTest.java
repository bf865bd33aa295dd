package dossier.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A document in one sentence (meta description, preview, feed) and a title for a browser tab. */
class SummariesTest {

    private static Document document(Block... blocks) {
        return new Document("s-2012-1", new Metadata("S/2012/1", "A title", null, DocumentKind.LETTER, "", List.of()),
                List.of(blocks), new ReadingReport(blocks.length, 0, 0, List.of()));
    }

    private static Block block(Block.Type type, String text) {
        return new Block(type, "", "", List.of(Span.text(text)), 0, List.of());
    }

    @Test
    void the_first_sentence_of_the_first_paragraph_after_the_title_and_headings() {
        Document letter = document(block(Block.Type.TITLE, "Letter dated 1 May"), block(Block.Type.HEADING, "Introduction"),
                Block.paragraph("p-1", "I have the honour to transmit the report of Mr. A. Traoré (see No. 200/P-RM, para. 3)."
                        + " I should be grateful if it were circulated."),
                Block.paragraph("p-2", "Another paragraph."));
        assertThat(Summaries.firstSentence(letter))
                .isEqualTo("I have the honour to transmit the report of Mr. A. Traoré (see No. 200/P-RM, para. 3).");
    }

    @Test
    void a_resolution_reads_as_its_speaker_and_first_preambular_paragraph_whose_comma_becomes_an_ellipsis() {
        Document resolution = document(block(Block.Type.PREAMBLE_OPENING, "The Security Council,"),
                block(Block.Type.PREAMBULAR, "Recalling its resolution 2056 (2012),"),
                block(Block.Type.OPERATIVE, "Decides to remain seized of the matter."));
        assertThat(Summaries.firstSentence(resolution)).isEqualTo("The Security Council, Recalling its resolution 2056 (2012)…");
    }

    @Test
    void a_speaker_read_as_a_paragraph_of_its_own_leads_into_the_first_sentence() {
        Document resolution = document(Block.paragraph("p-1", "The General Assembly"),
                Block.paragraph("p-2", "Adopts the Doha Political Declaration. It was adopted in Doha."));
        assertThat(Summaries.firstSentence(resolution)).isEqualTo("The General Assembly Adopts the Doha Political Declaration.");
    }

    @Test
    void a_long_sentence_is_cut_at_a_word_and_a_text_without_paragraphs_gives_its_title() {
        String words = "word ".repeat(80).strip() + ".";
        String summary = Summaries.firstSentence(document(Block.paragraph("p-1", words)));
        assertThat(summary).hasSizeLessThanOrEqualTo(Summaries.MAX).endsWith("word…");
        assertThat(Summaries.firstSentence(document(block(Block.Type.TITLE, "Only a title")))).isEqualTo("A title");
    }

    @Test
    void every_real_text_gets_a_summary_made_of_its_own_words_in_order() {
        for (RealTexts.Text text : RealTexts.all()) {
            String summary = Summaries.firstSentence(text.document());
            assertThat(summary).as(text.name()).isNotBlank().hasSizeLessThanOrEqualTo(Summaries.MAX)
                    .doesNotStartWith("Eightieth session").doesNotContain("Distr.");
            String words = text.document().blocks().stream().map(Block::text).collect(Collectors.joining(" "))
                    .replaceAll("\\s+", " ");
            assertThat(words).as(text.name()).containsSubsequence(summary.replace("…", "").split(" "));
            assertThat(Summaries.shortTitle(text.document().metadata().title())).as(text.name())
                    .isNotBlank().hasSizeLessThanOrEqualTo(Summaries.TITLE_MAX);
        }
    }

    @Test
    void a_short_title_drops_a_drafts_list_of_sponsors_and_cuts_a_long_one() {
        assertThat(Summaries.shortTitle("Colombia, France, Germany and Togo: draft resolution")).isEqualTo("Draft resolution");
        assertThat(Summaries.shortTitle("Report of the Secretary-General on the situation in Mali"))
                .isEqualTo("Report of the Secretary-General on the situation in Mali");
        assertThat(Summaries.shortTitle("African Nuclear-Weapon-Free Zone Treaty :")).isEqualTo("African Nuclear-Weapon-Free Zone Treaty");
        assertThat(Summaries.shortTitle("Letter dated 21 June 2023 from the Permanent Representative of Mali to the United"
                + " Nations addressed to the President of the Security Council"))
                .hasSizeLessThanOrEqualTo(Summaries.TITLE_MAX).endsWith("…").startsWith("Letter dated 21 June 2023");
    }
}
