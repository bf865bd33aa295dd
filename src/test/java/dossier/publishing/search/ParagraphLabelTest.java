package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphLabelTest {

    @Test
    void results_name_paragraphs_as_the_document_numbers_them() {
        assertThat(ParagraphLabel.of("para-12")).isEqualTo("paragraph 12");
        assertThat(ParagraphLabel.of("para-9-a")).isEqualTo("paragraph 9 (a)");
        assertThat(ParagraphLabel.of("para-9-a-ii")).isEqualTo("paragraph 9 (a) (ii)");
        assertThat(ParagraphLabel.of("pp-3")).isEqualTo("preambular paragraph 3");
        assertThat(ParagraphLabel.of("annex")).isEqualTo("annex");
        assertThat(ParagraphLabel.of("annex-p-2")).isEqualTo("annex, paragraph 2");
        assertThat(ParagraphLabel.of("p-7")).isEqualTo("unnumbered paragraph 7");
        assertThat(ParagraphLabel.of("sec-ii-a")).isEqualTo("heading");
        assertThat(ParagraphLabel.of("signature")).isEqualTo("signature");
    }
}
