package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.BakedSite;
import dossier.corpus.RealTexts;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.model.Span;
import dossier.reading.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real dossier's pages as semantic HTML: every source word once, in order, and the structure a reader sees. */
class DocumentHtmlTest {

    private static List<Path> files;
    private static List<Document> documents;

    @BeforeAll
    static void readTheDossier() throws IOException {
        try (Stream<Path> listing = Files.list(Path.of("content/documents"))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        documents = SourceFiles.readAll(files);
    }

    private static Element page(String symbol) {
        return DocumentHtml.render(documents.stream().filter(d -> d.metadata().symbol().equals(symbol))
                .findFirst().orElseThrow());
    }

    /** The bar of the reading: on each of the 23 real texts, the page keeps the source's words in order, and only them. */
    @Test
    void every_word_of_every_real_text_reaches_the_page_and_nothing_else_does() {
        for (RealTexts.Text text : RealTexts.all()) {
            DocumentHtmlTestWords.Words source = DocumentHtmlTestWords.ofSource(text.lines());
            DocumentHtmlTestWords.Words page = DocumentHtmlTestWords.ofPage(DocumentHtml.render(text.document()));
            assertThat(DocumentHtmlTestWords.shareInOrder(source, page))
                    .as(text.name() + ": share of the source's words on the page, in order (recall)").isGreaterThanOrEqualTo(0.999);
            assertThat(DocumentHtmlTestWords.shareInOrder(page, source))
                    .as(text.name() + ": share of the page's words from the source, in order (precision)").isGreaterThanOrEqualTo(0.999);
        }
    }

    @Test
    void the_title_is_the_pages_only_h1_and_the_cover_is_marked_as_such() {
        Element draft = page("S/2012/946");
        assertThat(draft.select("h1")).singleElement().satisfies(h1 -> {
            assertThat(h1.id()).isEqualTo("document-title");
            assertThat(h1.text()).endsWith(": draft resolution");
        });
        assertThat(draft.select(".cover .cover-line").eachText()).contains("Security Council Distr.: General", "Original: English");
        for (Document document : documents) {
            assertThat(DocumentHtml.render(document).select("h1")).as(document.slug()).hasSize(1);
        }
    }

    @Test
    void numbered_paragraphs_keep_their_printed_number_as_visible_text() {
        Element report = page("S/2012/894");
        Element para = report.getElementById("para-12");
        assertThat(para).isNotNull();
        assertThat(para.selectFirst(".number").text()).isEqualTo("12.");
        assertThat(PageWords.of(para)).startsWith("12. In response to those requests");
    }

    @Test
    void headings_are_h2_to_h5_with_their_ids_and_the_numbering_path() {
        Element report = page("S/2012/894");
        assertThat(report.getElementById("sec-ii").tagName()).isEqualTo("h2");
        assertThat(report.getElementById("sec-ii-a").tagName()).isEqualTo("h3");
        assertThat(report.getElementById("sec-iii-a-2").tagName()).isEqualTo("h4");
        assertThat(PageWords.of(report.getElementById("sec-iii-a-2")))
                .isEqualTo("2. Negotiations with groups occupying the north of the country");
    }

    @Test
    void sub_paragraphs_are_nested_in_their_paragraph() {
        Element draft = page("S/2012/946");
        Element nine = draft.getElementById("para-9");
        assertThat(nine.select("[id^=para-9-]").eachAttr("id"))
                .containsExactly("para-9-a", "para-9-b", "para-9-c", "para-9-d", "para-9-e", "para-9-f");
    }

    @Test
    void items_printed_inside_a_paragraph_can_be_linked_to_without_moving_a_word() {
        Element draft = page("S/2012/946");
        assertThat(draft.getElementById("para-10").select("span.item").eachAttr("id"))
                .containsExactly("para-10-i", "para-10-ii", "para-10-iii", "para-10-iv");
        assertThat(draft.getElementById("para-23").select("span.item").eachAttr("id")).containsExactly("para-23-i", "para-23-ii");
        assertThat(draft.getElementById("para-14").select("span.item")).as("“paragraph 9 (b)” is a citation").isEmpty();
        assertThat(draft.selectFirst("a[href=#para-10-ii]").attr("aria-label")).isEqualTo("Link to para. 10 (ii)");
    }

    @Test
    void resolutions_emphasise_opening_words_and_operative_verbs() {
        Element draft = page("S/2012/946");
        assertThat(draft.getElementById("pp-1").selectFirst("em").text()).isEqualTo("Recalling");
        assertThat(draft.getElementById("para-5").selectFirst("em").text()).isEqualTo("Calls upon");
        Element council = page("A/HRC/RES/34/39");
        assertThat(council.select("p.preambular em.opening").eachText()).contains("Deeply concerned also", "Taking note with appreciation");
        assertThat(council.select("p.adoption").eachText()).containsExactly("59th session", "24 March 2017", "[Adopted without a vote.]");
        assertThat(council.select("sup.footnote-ref")).singleElement()
                .satisfies(sup -> assertThat(sup.select("a")).as("no link to a footnote the source lacks").isEmpty());
    }

    @Test
    void letters_show_their_annex_as_a_section_with_its_paragraphs_and_signatures() {
        Element letter = page("S/2023/463");
        Element annex = letter.getElementById("annex");
        assertThat(annex.tagName()).isEqualTo("section");
        assertThat(annex.getElementById("annex-p-1")).isNotNull();
        assertThat(letter.select("p.signature").eachText()).hasSize(2).allMatch(s -> s.startsWith("(Signed)"));
    }

    @Test
    void every_anchored_block_has_one_plain_link_to_copy_marked_as_added() {
        for (Document document : documents) {
            Element text = DocumentHtml.render(document);
            Set<String> ids = new HashSet<>();
            for (Element anchored : text.select("[id]")) {
                assertThat(ids.add(anchored.id())).as(document.slug() + " id " + anchored.id() + " once").isTrue();
            }
            for (Block block : document.anchoredBlocks()) {
                if (block.type() == Block.Type.FOOTNOTE) {
                    continue;
                }
                Element element = text.getElementById(block.anchor());
                assertThat(element).as(document.slug() + " #" + block.anchor()).isNotNull();
                assertThat(element.select("a.permalink[href=#" + block.anchor() + "]")).singleElement().satisfies(link -> {
                    assertThat(link.hasAttr("data-added")).isTrue();
                    assertThat(link.attr("aria-label")).startsWith("Link to ");
                });
            }
        }
        assertThat(page("S/2012/894").selectFirst("a[href=#para-12]").attr("aria-label")).isEqualTo("Link to para. 12");
    }

    @Test
    void a_source_without_a_printed_title_leaves_the_h1_to_the_page_template() {
        Document untitled = new Document("x", new Metadata("", "An editor's title", null, DocumentKind.DOCUMENT, "", List.of()),
                List.of(Block.paragraph("p-1", "Some text.")), new ReadingReport(1, 0, 2, List.of()));
        Element text = DocumentHtml.render(untitled);
        assertThat(text.select("h1")).isEmpty();
        assertThat(DocumentHtml.printsTitle(untitled)).isFalse();
        assertThat(DocumentHtmlTestWords.ofPage(text).text()).containsExactly("some", "text");
        assertThat(DocumentHtml.printsTitle(documents.get(0))).isTrue();
    }

    @Test
    void a_programme_of_work_in_columns_is_a_table_with_a_cell_a_column() {
        Document note = SourceFiles.read(Path.of("a-c-5-99-1.txt"), List.of(
                "Note by the Secretariat on the organization of work",
                "",
                "Annex",
                "",
                "Date          Agenda item                                  Documentation",
                "6 October     Organization of work                          A/C.5/99/1",
                "7 October     Financing of the Freedonia Mission            A/99/712 and",
                "              (continued)                                   A/99/7/Add.1"));
        Element table = DocumentHtml.render(note).selectFirst("#annex table");
        assertThat(table.select("tr")).hasSize(4).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(3));
        assertThat(table.select("tr").get(2).select("td").eachText())
                .containsExactly("7 October", "Financing of the Freedonia Mission", "A/99/712 and");
        assertThat(table.select("tr").get(3).select("td").stream().map(Element::text).toList())
                .as("a cell's words wrapped onto the next line stay under their column").containsExactly("", "(continued)", "A/99/7/Add.1");
    }

    @Test
    void source_text_is_escaped_never_markup() {
        Block evil = new Block(Block.Type.PARAGRAPH, "p-1", "", List.of(Span.text("<script>alert(1)</script> & more")), 0, List.of());
        Document document = new Document("x", new Metadata("", "T", null, DocumentKind.DOCUMENT, "", List.of()),
                List.of(evil), new ReadingReport(1, 0, 3, List.of()));
        Element text = DocumentHtml.render(document);
        assertThat(text.select("script")).isEmpty();
        assertThat(text.outerHtml()).contains("&lt;script&gt;");
    }

    /** The real dossier as baked for the run: document pages as a reader opens them. */
    @Test
    void document_pages_carry_the_source_text_one_title_and_a_working_contents_list() throws IOException {
        Path site = BakedSite.realDossier().root();
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("content/documents"))) {
            sources = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path source : sources) {
            String name = source.getFileName().toString().replace(".txt", ".html");
            org.jsoup.nodes.Document page = Jsoup.parse(site.resolve("documents/" + name).toFile());
            assertThat(page.select("h1")).as(name + ": one h1").hasSize(1);
            Element text = page.getElementById("document-text");
            assertThat(text.select("h1#document-title")).as(name).hasSize(1);
            for (Element link : page.select("nav.toc a[href^=#]")) {
                assertThat(text.getElementById(link.attr("href").substring(1))).as(name + " " + link.attr("href")).isNotNull();
            }
            DocumentHtmlTestWords.Words sourceWords = DocumentHtmlTestWords.ofSource(Files.readAllLines(source));
            DocumentHtmlTestWords.Words pageWords = DocumentHtmlTestWords.ofPage(text);
            assertThat(DocumentHtmlTestWords.shareInOrder(sourceWords, pageWords)).as(name + " recall").isGreaterThanOrEqualTo(0.999);
            assertThat(DocumentHtmlTestWords.shareInOrder(pageWords, sourceWords)).as(name + " precision").isGreaterThanOrEqualTo(0.999);
        }
        Element report = Jsoup.parse(site.resolve("documents/s-2012-894.html").toFile()).body();
        assertThat(report.select("nav.toc a").eachAttr("href")).contains("#sec-i", "#sec-iii-a-2", "#sec-iv");
    }
}
