package dossier.reading;

import static dossier.reading.InventedReport.read;
import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Document;
import dossier.model.DocumentKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataInferenceTest {

    @Test
    void a_date_the_body_mentions_is_not_the_documents_date() {
        Document report = read("Report of the Secretary-General on the situation in Freedonia",
                "I. Introduction", "1. The Council adopted resolution 2071 (2012) on 12 October 2012.");
        assertThat(report.metadata().title()).isEqualTo("Report of the Secretary-General on the situation in Freedonia");
        assertThat(report.metadata().kind()).isEqualTo(DocumentKind.REPORT);
        assertThat(report.metadata().date()).isNull();
        assertThat(report.report().oddities()).anyMatch(o -> o.contains("add 'date' to the header"));
    }

    @Test
    void a_letter_is_dated_by_its_title_not_by_its_distribution() {
        Document letter = read("United Nations  S/2099/463", "", "Distr.: General 29 June 2099", "",
                "Letter dated 21 June 2099 from the Permanent Representative of Freedonia", "",
                "I have the honour to transmit the letter.");
        assertThat(letter.metadata().date()).isEqualTo(LocalDate.of(2099, 6, 21));
        assertThat(letter.metadata().kind()).isEqualTo(DocumentKind.LETTER);
        assertThat(letter.metadata().symbol()).isEqualTo("S/2099/463");
    }

    @Test
    void a_draft_is_dated_by_its_distribution_line_on_the_cover() {
        Document draft = read("United Nations  S/2099/946", "Security Council  Distr.: General", "20 December 2099", "",
                "Freedonia: draft resolution", "", " The Security Council,", "", " 1. Decides to remain seized of the matter.");
        assertThat(draft.metadata().date()).isEqualTo(LocalDate.of(2099, 12, 20));
        assertThat(draft.metadata().kind()).isEqualTo(DocumentKind.DRAFT_RESOLUTION);
        assertThat(draft.metadata().body()).isEqualTo("Security Council");
    }

    @Test
    void a_council_resolution_takes_its_symbol_from_its_number_and_the_adopting_body() {
        Document resolution = read("Resolution adopted by the Human Rights Council on 24 March 2099", "",
                "34/39. Technical assistance for Freedonia", "", " The Human Rights Council,", "",
                " 1. Decides to remain seized of this matter.");
        assertThat(resolution.metadata().symbol()).isEqualTo("A/HRC/RES/34/39");
        assertThat(resolution.metadata().title()).isEqualTo("Technical assistance for Freedonia");
        assertThat(resolution.metadata().date()).isEqualTo(LocalDate.of(2099, 3, 24));
        assertThat(resolution.metadata().kind()).isEqualTo(DocumentKind.RESOLUTION);
    }

    @Test
    void a_source_that_prints_no_symbol_gets_none() {
        Document letter = read("Letter dated 23 October 2099 from the Secretary-General", "", "I have the honour.");
        assertThat(letter.metadata().symbol()).isEmpty();
        assertThat(letter.report().oddities()).anyMatch(o -> o.contains("no UN symbol"));
    }

    @Test
    void the_editors_header_overrides_what_the_text_says() {
        Document report = read("date=2099-11-28", "~~~~~~", "Report of the Secretary-General on Freedonia", "1. Text.");
        assertThat(report.metadata().date()).isEqualTo(LocalDate.of(2099, 11, 28));
        assertThat(report.report().oddities()).noneMatch(o -> o.contains("date"));
    }

    /** The line under a sender's name says what the document is: the title goes on there, as under a mission's name. */
    @Test
    void a_note_verbale_is_titled_like_a_letter() {
        Document document = read(
                "United Nations S/2013/999",
                "Security Council Distr.: General",
                "3 May 2013",
                "Original: English",
                "",
                "Permanent Mission of Freedonia",
                "",
                "Note verbale dated 3 May 2013 from the Permanent Mission of Freedonia",
                "",
                "The Permanent Mission of Freedonia to the United Nations presents its compliments to the Secretary-General "
                        + "and has the honour to transmit the report of its Government.");
        assertThat(Outline.of(document.blocks())).filteredOn(line -> !line.strip().startsWith("COVER")).first().isEqualTo("TITLE | Permanent Mission of Freedonia Note verbale dated 3 May 2013 from the "
                + "Permanent Mission of Freedonia");
    }

    /** A reissued document prints its symbol with the reissue mark on the cover and on every running head. */
    @Test
    void a_symbol_with_its_reissue_mark_is_the_cover_s_the_running_head_s_and_the_document_s() {
        Document report = read("United Nations S/2099/522**", "Security Council Distr.: General", "13 October 2099", "",
                "Report of the Secretary-General on Freedonia", "", "1. The mission is deployed", "", "S/2099/522**", "",
                "in three sectors.");
        assertThat(report.metadata().symbol()).isEqualTo("S/2099/522");
        assertThat(Outline.of(report.blocks())).contains("  COVER_LINE | United Nations S/2099/522**")
                .noneMatch(line -> line.contains("**") && !line.contains("COVER_LINE"))
                .contains("PARAGRAPH #para-1 1. | The mission is deployed in three sectors.");
    }

    /** An OCR layer reads an addendum's 1 as a letter l; the running head is still furniture, the symbol a number. */
    @Test
    void an_addendums_number_read_as_a_letter_is_its_number() {
        Document report = read("United Nations S/2099/1212/Add.l", "Security Council Distr.: General", "14 November 2099", "",
                "Addendum", "", "1. The mission is deployed", "", "S/2099/1212/Add.l", "", "in three sectors.");
        assertThat(report.metadata().symbol()).isEqualTo("S/2099/1212/Add.1");
        assertThat(Outline.of(report.blocks())).contains("PARAGRAPH #para-1 1. | The mission is deployed in three sectors.");
        Document revised = read("United Nations S/2099/7/Rev.1", "Security Council Distr.: General", "14 November 2099", "",
                "Report of the Secretary-General on Freedonia", "", "1. The mission is deployed.");
        assertThat(revised.metadata().symbol()).as("a symbol printed right is kept").isEqualTo("S/2099/7/Rev.1");
    }
}
