package dossier.publishing.citation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.publishing.web.PublicAddress;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citation files and meta tags of sources from another extractor (the GA corpus: a language and the
 * official PDF's address in their headers) in a public site, and text that BibTeX and JSON must escape.
 */
class CitationFilesTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/ga-80");
    private static final String BASE = "https://example.org/ga/";
    private static final List<String> SOURCES = List.of("A-RES-80-11.txt", "A-RES-80-2.txt");

    @Test
    void a_public_site_names_its_pages_and_the_official_pdf_the_header_gives(@TempDir Path dir) throws Exception {
        Path dossier = dir.resolve("dossier");
        Files.createDirectories(dossier.resolve("content/documents"));
        for (String source : SOURCES) {
            Files.copy(CORPUS.resolve(source), dossier.resolve("content/documents").resolve(source));
        }
        Path site = dir.resolve("site");
        Pipeline.build(new BuildOptions(dossier, site, Path.of("."), BASE));

        for (Document document : Pipeline.read(new BuildOptions(dossier, site, Path.of(".")))) {
            String page = "documents/" + document.slug() + ".html";
            var html = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            String pdf = (String) document.header().get("source_pdf");
            assertThat(pdf).as("the corpus header").startsWith("https://digitallibrary.un.org/");
            assertThat(html.select("meta[name=citation_pdf_url]").attr("content")).isEqualTo(pdf);
            assertThat(html.select("meta[name=citation_public_url]").attr("content")).isEqualTo(BASE + page);
            assertThat(html.select("meta[name=citation_abstract_html_url]").attr("content")).isEqualTo(BASE + page);
            assertThat(html.select("meta[name=citation_language]").attr("content"))
                    .isEqualTo(((String) document.header().get("language")).toLowerCase());
            assertThat(html.select("meta[name=citation_technical_report_number]").attr("content"))
                    .isEqualTo(document.metadata().symbol()).startsWith("A/RES/80/");
            assertThat(html.select("meta[name=citation_technical_report_institution]").attr("content"))
                    .isEqualTo("United Nations General Assembly");

            String ris = Files.readString(site.resolve("documents/" + document.slug() + ".ris"), StandardCharsets.UTF_8);
            assertThat(ris).contains("UR  - " + BASE + page + "\r\n", "L1  - " + pdf + "\r\n");
            JsonNode csl = new ObjectMapper().readTree(site.resolve("documents/" + document.slug() + ".csl.json").toFile());
            assertThat(csl.get(0).get("URL").asText()).isEqualTo(BASE + page);
        }
        assertThat(Files.readString(site.resolve("references.ris"))).containsOnlyOnce("SN  - A/RES/80/11\r\n")
                .containsOnlyOnce("SN  - A/RES/80/2\r\n");
    }

    @Test
    void bibtex_and_json_keep_every_character_of_a_title() throws Exception {
        String title = "Rights & duties: 50% of {all} \"claims\" — Côte d’Ivoire #2 ~ $5_000 \\ ^";
        Document document = new Document("odd", new Metadata("S/2024/1", title, LocalDate.of(2024, 2, 29),
                DocumentKind.REPORT, "Security Council", List.of()), List.of(), new ReadingReport(0, 0, 0, List.of()),
                Map.of());
        List<Reference> references = List.of(Reference.of(document, PublicAddress.offline()));

        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(CitationFormat.BIBTEX.write(references)));
        BibTeXEntry entry = bib.resolveEntry(new Key("odd"));
        String latex = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
        assertThat(new LaTeXPrinter().print(new LaTeXParser().parse(latex))).isEqualTo(title);
        assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo("2024-02-29");

        JsonNode csl = new ObjectMapper().readTree(CitationFormat.CSL_JSON.write(references));
        assertThat(csl.get(0).get("title").asText()).isEqualTo(title);
        assertThat(csl.get(0).get("issued").get("date-parts").get(0)).extracting(JsonNode::asInt).containsExactly(2024, 2, 29);
        assertThat(CitationFormat.RIS.write(references)).contains("TI  - " + title + "\r\n", "DA  - 2024/02/29\r\n");
    }
}
