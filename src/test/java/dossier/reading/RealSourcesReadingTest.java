package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real dossier, read as the pipeline reads it: anchors, structure and what each document says of itself. */
class RealSourcesReadingTest {

    private static List<Document> documents;

    @BeforeAll
    static void readTheDossier() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/documents"))) {
            documents = SourceFiles.readAll(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }

    private static Document bySymbol(String symbol) {
        return documents.stream().filter(d -> d.metadata().symbol().equals(symbol)).findFirst().orElseThrow();
    }

    private static List<String> anchors(Document document, String pattern) {
        return document.anchoredBlocks().stream().map(Block::anchor).filter(a -> a.matches(pattern)).toList();
    }

    private static List<String> numbered(String prefix, int last) {
        return IntStream.rangeClosed(1, last).mapToObj(n -> prefix + n).toList();
    }

    @Test
    void the_report_has_its_hundred_paragraphs_each_once_in_order() {
        Document report = bySymbol("S/2012/894");
        assertThat(anchors(report, "para-\\d+")).containsExactlyElementsOf(numbered("para-", 100));
        assertThat(report.anchoredBlocks()).filteredOn(b -> b.anchor().equals("para-12")).singleElement()
                .satisfies(b -> assertThat(b.number()).isEqualTo("12."));
    }

    @Test
    void the_reports_numbered_sub_headings_are_headings_not_paragraphs() {
        Document report = bySymbol("S/2012/894");
        assertThat(anchors(report, "sec-.*")).startsWith("sec-i", "sec-ii", "sec-ii-a", "sec-ii-b")
                .contains("sec-iii-a-1", "sec-iii-a-2", "sec-iii-a-3", "sec-iii-b-1", "sec-iv")
                .doesNotHaveDuplicates();
        List<String> order = report.anchoredBlocks().stream().map(Block::anchor).toList();
        assertThat(order.indexOf("sec-iii-a-2")).isEqualTo(order.indexOf("para-36") + 1)
                .isEqualTo(order.indexOf("para-37") - 1);
    }

    @Test
    void the_draft_resolution_has_its_preamble_operative_paragraphs_and_sub_paragraphs() {
        Document draft = bySymbol("S/2012/946");
        assertThat(anchors(draft, "para-\\d+")).containsExactlyElementsOf(numbered("para-", 25));
        assertThat(anchors(draft, "para-9-.*")).containsExactly(
                "para-9-a", "para-9-b", "para-9-c", "para-9-d", "para-9-e", "para-9-f");
        assertThat(anchors(draft, "pp-\\d+")).hasSizeGreaterThan(10)
                .containsExactlyElementsOf(numbered("pp-", anchors(draft, "pp-\\d+").size()));
        assertThat(draft.blocks()).filteredOn(b -> b.type() == Block.Type.PREAMBULAR)
                .allSatisfy(b -> assertThat(b.opening()).isNotEmpty());
        assertThat(draft.blocks()).filteredOn(b -> b.type() == Block.Type.OPERATIVE)
                .extracting(Block::anchor).containsExactlyElementsOf(numbered("para-", 25));
        assertThat(draft.anchors()).containsSubsequence("para-10", "para-10-i", "para-10-ii", "para-10-iii", "para-10-iv", "para-11")
                .doesNotHaveDuplicates();
    }

    @Test
    void the_human_rights_council_resolution_has_its_paragraphs_preamble_and_adoption() {
        Document resolution = bySymbol("A/HRC/RES/34/39");
        assertThat(anchors(resolution, "para-\\d+")).containsExactlyElementsOf(numbered("para-", 27));
        assertThat(anchors(resolution, "pp-\\d+")).hasSizeGreaterThan(10);
        assertThat(resolution.blocks()).filteredOn(b -> b.type() == Block.Type.ADOPTION).extracting(Block::text)
                .contains("[Adopted without a vote.]");
        assertThat(resolution.blocks()).filteredOn(b -> b.anchor().equals("pp-1")).singleElement()
                .satisfies(b -> assertThat(b.opening()).isEqualTo("Guided"));
    }

    @Test
    void letters_have_unnumbered_paragraphs_an_annex_and_signatures() {
        for (Document letter : documents.stream().filter(d -> d.metadata().kind() == DocumentKind.LETTER).toList()) {
            assertThat(anchors(letter, "p-\\d+")).as(letter.slug()).startsWith("p-1", "p-2");
            assertThat(anchors(letter, "annex")).as(letter.slug()).containsExactly("annex");
            assertThat(anchors(letter, "annex-p-\\d+")).as(letter.slug()).startsWith("annex-p-1", "annex-p-2");
            assertThat(letter.blocks()).as(letter.slug()).anySatisfy(b -> assertThat(b.type()).isEqualTo(Block.Type.SIGNATURE));
        }
    }

    @Test
    void every_document_names_itself_as_its_text_does() {
        Document report = bySymbol("S/2012/894");
        assertThat(report.metadata().title()).isEqualTo("Report of the Secretary-General on the situation in Mali");
        assertThat(report.metadata().kind()).isEqualTo(DocumentKind.REPORT);
        // The extraction prints no date for the report: a date its paragraphs mention is not its date.
        assertThat(report.metadata().date()).isIn(null, LocalDate.of(2012, 11, 28));

        Document draft = bySymbol("S/2012/946");
        assertThat(draft.metadata().kind()).isEqualTo(DocumentKind.DRAFT_RESOLUTION);
        assertThat(draft.metadata().title()).endsWith(": draft resolution").startsWith("Colombia, France");
        assertThat(draft.metadata().date()).isEqualTo(LocalDate.of(2012, 12, 20));

        Document resolution = bySymbol("A/HRC/RES/34/39");
        assertThat(resolution.metadata().date()).isEqualTo(LocalDate.of(2017, 3, 24));
        assertThat(resolution.metadata().title())
                .isEqualTo("Technical assistance and capacity-building for Mali in the field of human rights");

        Document withdrawal = bySymbol("S/2023/463");
        assertThat(withdrawal.metadata().date()).isEqualTo(LocalDate.of(2023, 6, 21));
        assertThat(withdrawal.metadata().kind()).isEqualTo(DocumentKind.LETTER);

        Document first = documents.stream().filter(d -> d.metadata().title().startsWith("Letter dated 23 October 2012"))
                .findFirst().orElseThrow();
        assertThat(first.metadata().symbol()).as("the first letter prints no symbol").isEmpty();
        assertThat(first.metadata().date()).isEqualTo(LocalDate.of(2012, 10, 23));
    }

    @Test
    void no_furniture_survives_in_any_paragraph() {
        for (Document document : documents) {
            for (Block block : document.anchoredBlocks()) {
                assertThat(block.text()).as(document.slug() + " " + block.anchor())
                        .doesNotContain("**", "$S_{", "Etpu")
                        .doesNotContainPattern("\\b\\d{2}-\\d{5}\\b|\\*\\d{7,}\\*");
            }
        }
    }

    @Test
    void the_reading_report_counts_what_an_editor_needs() {
        Document draft = bySymbol("S/2012/946");
        assertThat(draft.report().paragraphs()).isEqualTo(anchors(draft, "(pp|para)-.*").size());
        assertThat(draft.report().furnitureLines()).isGreaterThanOrEqualTo(12);
        assertThat(draft.report().oddities()).anyMatch(o -> o.contains("Etpu"));
        assertThat(bySymbol("A/HRC/RES/34/39").report().oddities()).anyMatch(o -> o.contains("footnote 1"));
        assertThat(bySymbol("S/2023/463").report().inlineDebris()).isPositive();
        for (Document document : documents) {
            assertThat(document.report().words()).as(document.slug()).isGreaterThan(300);
        }
    }
}
