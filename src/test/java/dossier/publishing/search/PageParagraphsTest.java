package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.Mark;
import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.DocumentText;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageParagraphsTest {

    private static DocumentText text(Block... blocks) {
        return DocumentText.of(new Document("fixture", new Metadata("S/2099/1", "Fixture", null, DocumentKind.REPORT,
                "Security Council", List.of()), List.of(blocks), new ReadingReport(0, 0, 0, List.of())));
    }

    private static List<PageParagraphs.Paragraph> read(Block... blocks) {
        return PageParagraphs.of(text(blocks), List.of());
    }

    private static Block block(Block.Type type, String anchor, String number, List<Span> spans, Block... children) {
        return new Block(type, anchor, number, spans, 0, List.of(children));
    }

    @Test
    void every_anchored_block_is_one_entry_in_page_order_with_its_number_and_whitespace_collapsed() {
        List<PageParagraphs.Paragraph> paragraphs = read(
                block(Block.Type.TITLE, "", "", List.of(Span.text("Report of the Secretary-General"))),
                block(Block.Type.HEADING, "sec-i", "I.", List.of(Span.text("Introduction"))),
                block(Block.Type.PARAGRAPH, "para-1", "1.", List.of(Span.text("The   Council\n met."))),
                Block.paragraph("", "No anchor, no entry."),
                block(Block.Type.PARAGRAPH, "para-2", "2.", List.of(Span.text("It decided to act."))));
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::anchor).containsExactly("document-title", "sec-i", "para-1", "para-2");
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::text).containsExactly("Report of the Secretary-General",
                "I. Introduction", "1. The Council met.", "2. It decided to act.");
    }

    @Test
    void nested_anchored_blocks_are_entries_of_their_own_and_unanchored_ones_count_in_the_block_around_them() {
        List<PageParagraphs.Paragraph> paragraphs = read(block(Block.Type.OPERATIVE, "para-9", "9.", List.of(Span.text("Decides:")),
                block(Block.Type.SUBPARAGRAPH, "para-9-a", "(a)", List.of(Span.text("to support;"))),
                block(Block.Type.SUBPARAGRAPH, "para-9-b", "(b)", List.of(Span.text("to protect;"))),
                Block.paragraph("", "and to report.")));
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::text)
                .containsExactly("9. Decides: and to report.", "(a) to support;", "(b) to protect;");
    }

    @Test
    void an_item_printed_inside_a_paragraph_and_a_footnote_marker_are_places_in_its_text_not_entries() {
        List<PageParagraphs.Paragraph> paragraphs = read(
                block(Block.Type.PARAGRAPH, "para-10", "10.", List.of(Span.text("Requests a report on: "),
                        new Span(Span.Kind.ITEM, "(i)"), Span.text(" the progress;"), new Span(Span.Kind.NOTE_REF, "1"),
                        Span.text(" "), new Span(Span.Kind.ITEM, "(ii)"), Span.text(" the training"), new Span(Span.Kind.NOTE_REF, "1"))),
                block(Block.Type.FOOTNOTE, "fn-1", "1", List.of(Span.text("See annex."))));
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::anchor).containsExactly("para-10", "fn-1");
        PageParagraphs.Paragraph paragraph = paragraphs.get(0);
        assertThat(paragraph.text()).isEqualTo("10. Requests a report on: (i) the progress;1 (ii) the training1");
        assertThat(paragraph.places()).extracting(PageParagraphs.InnerAnchor::anchor)
                .as("a marker met again links to its footnote without an id of its own").containsExactly("para-10-i", "fnref-1", "para-10-ii");
        assertThat(paragraph.places()).extracting(place -> paragraph.text().substring(place.offset()))
                .containsExactly("(i) the progress;1 (ii) the training1", "1 (ii) the training1", "(ii) the training1");
        assertThat(paragraphs.get(1).text()).isEqualTo("1 See annex.");
    }

    @Test
    void acronyms_marked_in_the_text_are_read_with_their_expansion_and_place() {
        DocumentText text = text(Block.paragraph("para-1", "1. The mediator of ECOWAS spoke; the regional economic community too."));
        int at = text.passages().get(0).text().indexOf("ECOWAS");
        int longForm = text.passages().get(0).text().indexOf("economic community");
        String expansion = "Economic Community of West African States";
        List<Mark> marks = List.of(
                new Mark(0, at, at + 6, Mark.Kind.ACRONYM, new AcronymAnnotator.Use("ecowas", "ECOWAS", true, expansion)),
                new Mark(0, longForm, longForm + 18, Mark.Kind.ACRONYM, new AcronymAnnotator.Use("rec", "economic community", false, "REC")));
        PageParagraphs.Paragraph paragraph = PageParagraphs.of(text, marks).get(0);
        assertThat(paragraph.acronyms()).as("a long form written out is no acronym").containsExactly(
                new PageParagraphs.Acronym("ECOWAS", expansion, paragraph.text().indexOf("ECOWAS")));
    }

    @Test
    void a_text_without_anchors_has_no_paragraphs() {
        assertThat(read(Block.paragraph("", "Text"))).isEmpty();
    }
}
