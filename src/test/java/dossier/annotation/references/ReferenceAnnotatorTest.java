package dossier.annotation.references;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.Ledger;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.model.Span;
import dossier.rendering.CitationViews;
import dossier.rendering.DocumentHtml;
import dossier.rendering.PageWords;
import dossier.rendering.RenderedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ReferenceAnnotatorTest {

    private static Document document(String slug, String symbol, DocumentKind kind, LocalDate date, String body,
                                     List<Metadata.Relation> relations, Block... blocks) {
        return new Document(slug, new Metadata(symbol, "Title of " + slug, date, kind, body, relations),
                List.of(blocks), new ReadingReport(blocks.length, 0, 0, List.of()));
    }

    private static Block block(String anchor, String text) {
        return Block.paragraph(anchor, text);
    }

    /** A small dossier: a letter transmitting another in its annex, a report, and a draft resolution citing both. */
    private static final Document LETTER = document("letter", "", DocumentKind.LETTER, LocalDate.of(2012, 10, 23),
            "Security Council", List.of(),
            block("p-1", "Letter dated 23 October 2012 from the Secretary-General to the President of the Security Council"),
            block("p-2", "I have the honour to transmit a letter dated 12 October 2012 (see annex)."),
            block("annex", "Annex"),
            block("annex-p-1", "Letter dated 12 October 2012 from the interim President of Mali to the Secretary-General"));
    private static final Document REPORT = document("report", "S/2012/894", DocumentKind.REPORT, LocalDate.of(2012, 11, 28),
            "Security Council", List.of(),
            block("para-1", "The present report is submitted pursuant to resolution 2071 (2012)."));
    private static final Document DRAFT = document("draft", "S/2012/946", DocumentKind.DRAFT_RESOLUTION,
            LocalDate.of(2012, 12, 20), "Security Council", List.of(new Metadata.Relation("Adopted as", "S/RES/2085(2012)")),
            block("p-1", "United Nations S/2012/946"),
            block("pp-1", "Recalling the letter of the Transitional authorities of Mali dated 12 October 2012 addressed to the Secretary-General,"),
            block("pp-2", "Taking note of the Secretary-General’s report on Mali dated 28 November 2012 for continued action,"),
            block("para-9", "Decides to authorize the deployment:"),
            block("para-9-b", "To support the Malian authorities;"),
            block("para-12", "Requests the Secretary-General to provide support;"),
            block("para-14", "Urges support in accordance with paragraph 9 (b), consistent with paragraph 12 above and paragraph 40 below;"));

    private static final ReferenceAnnotator INDEX = learned(LETTER, REPORT, DRAFT);

    /** The annotator as the build leaves it: learned from the documents, every one of them annotated once. */
    private static ReferenceAnnotator learned(Document... documents) {
        ReferenceAnnotator annotator = ReferenceAnnotator.learn(List.of(documents), new Ledger());
        for (Document document : documents) {
            RenderedText.of(document, List.of(annotator));
        }
        return annotator;
    }

    /** A fresh annotator of the three documents, so that what one test marks is not in another's ledger. */
    private static ReferenceAnnotator annotator() {
        return ReferenceAnnotator.learn(List.of(LETTER, REPORT, DRAFT), new Ledger());
    }

    private static Element annotated(Document document) {
        Element text = RenderedText.of(document, List.of(annotator()));
        return text;
    }

    @Test
    void a_letter_named_by_date_links_to_the_annex_that_holds_it() {
        Elements links = annotated(DRAFT).select("#pp-1 a.ref");
        assertThat(links).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("letter.html#annex");
            assertThat(a.text()).isEqualTo("letter of the Transitional authorities of Mali dated 12 October 2012");
        });
    }

    @Test
    void a_letter_naming_the_letter_it_transmits_links_to_its_own_annex() {
        assertThat(annotated(LETTER).select("#p-2 a.ref").attr("href")).isEqualTo("#annex");
        assertThat(annotated(LETTER).select("#p-1 a.ref")).isEmpty();
    }

    @Test
    void a_paragraph_naming_itself_is_not_linked() {
        Document letter = document("letter", "", DocumentKind.LETTER, LocalDate.of(2012, 10, 23), "Security Council", List.of(),
                new Block(Block.Type.ANNEX, "annex", "", List.of(Span.text("Annex")), 0, List.of(
                        new Block(Block.Type.TITLE, "", "", List.of(Span.text("Letter dated 12 October 2012 from the interim President of Mali")), 0, List.of()))),
                block("p-2", "I have the honour to transmit a letter dated 12 October 2012"));
        assertThat(RenderedText.of(letter, List.of(annotator())).select("a.ref").eachAttr("href")).containsExactly("#annex");

        Document draft = document("draft", "S/2012/946", DocumentKind.DRAFT_RESOLUTION, LocalDate.of(2012, 12, 20), "Security Council",
                List.of(), block("para-9-b", "To support"), block("para-12", "as set out in paragraph 12 and in paragraph 9 (b)"));
        assertThat(RenderedText.of(draft, List.of(annotator())).select("a.ref").eachAttr("href")).containsExactly("#para-9-b");
    }

    @Test
    void a_report_named_by_date_links_to_its_page() {
        assertThat(annotated(DRAFT).select("#pp-2 a.ref").attr("href")).isEqualTo("report.html");
    }

    @Test
    void paragraph_references_link_within_the_page_and_only_to_paragraphs_that_exist() {
        Elements links = annotated(DRAFT).select("#para-14 a.ref");
        assertThat(links.eachAttr("href")).containsExactly("#para-9-b", "#para-12");
        assertThat(links.eachText()).containsExactly("paragraph 9 (b)", "paragraph 12");
    }

    @Test
    void a_paragraph_of_another_dossier_document_links_to_that_paragraph() {
        Document draft = document("draft", "S/2012/946", DocumentKind.DRAFT_RESOLUTION, LocalDate.of(2012, 12, 20), "Security Council",
                List.of(), block("para-1", "as described in paragraph 1 of S/2012/894 and in paragraph 3 of resolution 2071 (2012)"));
        assertThat(RenderedText.of(draft, List.of(annotator())).select("a.ref").eachAttr("href")).containsExactly(
                "report.html#para-1", "report.html", "https://undocs.org/en/S/RES/2071(2012)");
    }

    @Test
    void documents_outside_the_dossier_link_to_the_un_resolver_and_say_so() {
        Element a = annotated(REPORT).selectFirst("a.ref");
        assertThat(a.attr("href")).isEqualTo("https://undocs.org/en/S/RES/2071(2012)");
        assertThat(a.hasClass("ref-external")).isTrue();
        assertThat(a.select("[data-added]").text()).contains("external");
    }

    @Test
    void a_document_does_not_cite_itself() {
        assertThat(annotated(DRAFT).select("#p-1 a.ref")).isEmpty();
    }

    @Test
    void annotating_never_changes_the_words() {
        for (Document document : List.of(LETTER, REPORT, DRAFT)) {
            assertThat(PageWords.of(annotated(document))).isEqualTo(PageWords.of(DocumentHtml.render(document)));
        }
    }

    @Test
    void two_dossier_letters_of_the_same_date_make_a_date_ambiguous() {
        Document other = document("other", "S/2012/777", DocumentKind.LETTER, LocalDate.of(2012, 10, 23), "Security Council",
                List.of(), block("p-1", "Letter dated 23 October 2012 from the Permanent Representative"));
        Document citing = document("citing", "S/2012/999", DocumentKind.REPORT, LocalDate.of(2012, 12, 1), "Security Council",
                List.of(), block("para-1", "In the letter dated 23 October 2012, it was said"));
        Element text = RenderedText.of(citing, List.of(ReferenceAnnotator.learn(List.of(LETTER, other, citing), new Ledger())));
        assertThat(text.select("a.ref")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(ReferenceAnnotator annotator, Document document, String key) {
        return (List<Map<String, Object>>) new CitationViews(annotator.index(), List.of(LETTER, REPORT, DRAFT)).aside(document).get(key);
    }

    @Test
    void a_page_knows_what_it_cites_and_who_cites_it_with_the_paragraphs() {
        ReferenceAnnotator annotator = INDEX;
        assertThat(list(annotator, DRAFT, "cites")).extracting(m -> m.get("href"))
                .containsExactly("letter.html#annex", "report.html");
        List<Map<String, Object>> citedBy = list(annotator, REPORT, "cited_by");
        assertThat(citedBy).singleElement().satisfies(m -> {
            assertThat(m.get("symbol")).isEqualTo("S/2012/946");
            assertThat(m.get("href")).isEqualTo("draft.html");
            assertThat((List<Map<String, Object>>) m.get("paragraphs")).extracting(p -> p.get("href"))
                    .containsExactly("draft.html#pp-2");
        });
        assertThat(list(annotator, LETTER, "cited_by")).extracting(m -> m.get("symbol")).containsExactly("S/2012/946");
        assertThat(list(annotator, REPORT, "cites")).extracting(m -> m.get("href"))
                .containsExactly("https://undocs.org/en/S/RES/2071(2012)");
    }

    @Test
    void declared_relations_are_linked() {
        assertThat(list(INDEX, DRAFT, "linked_relations")).singleElement().satisfies(m -> {
            assertThat(m.get("label")).isEqualTo("Adopted as");
            assertThat(m.get("href")).isEqualTo("https://undocs.org/en/S/RES/2085(2012)");
            assertThat(m.get("title")).isEqualTo("Security Council resolution 2085 (2012)");
        });
    }

    @Test
    void the_citations_page_lists_every_cited_document_by_body_and_number() {
        Document hrc = document("hrc", "A/HRC/RES/34/39", DocumentKind.RESOLUTION, LocalDate.of(2017, 3, 24),
                "Human Rights Council", List.of(),
                block("pp-1", "Recalling General Assembly resolution 60/251 and its resolutions 22/18 and 5/1,"),
                block("para-1", "Notes resolution 2295 (2016) and resolution 1325 (2000);"));
        CitationIndex index = learned(REPORT, DRAFT, hrc).index();
        CitationViews views = new CitationViews(index, List.of(REPORT, DRAFT, hrc));
        assertThat(views.citedWorks()).extracting(w -> w.work().name()).containsExactly(
                "S/2012/894", "S/RES/1325(2000)", "S/RES/2071(2012)", "S/RES/2295(2016)",
                "A/RES/60/251", "A/HRC/RES/5/1", "A/HRC/RES/22/18");
        assertThat(dossier.rendering.CitationsPage.values(index, List.of(REPORT, DRAFT, hrc)).get("network_svg").toString()).startsWith("<svg").contains("<title");
    }
}
