package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.corpus.RealTexts;
import dossier.corpus.ScReports;
import dossier.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 16 sc-reports sources built as a dossier, as a new user would (each file dropped into content/documents with
 * no header written by hand): what each document's page shows of its text keeps the source's words, furniture
 * aside, and shows no page furniture.
 */
class ScReportsSiteTest {

    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("dossier/content/documents"));
        for (RealTexts.Text text : ScReports.all()) {
            Files.copy(text.file(), documents.resolve(text.name()));
        }
        site = dir.resolve("site");
        Pipeline.build(new BuildOptions(dir.resolve("dossier"), site, Path.of(".")));
    }

    /** The document's own text on its page: what the dossier adds (permalinks, link hints, back links) left out. */
    private static Element text(RealTexts.Text source) throws IOException {
        Document document = source.document();
        Element page = Jsoup.parse(site.resolve("documents/" + document.slug() + ".html").toFile(), "UTF-8")
                .selectFirst("#document-text");
        assertThat(page).as(source.name()).isNotNull();
        page.select("[data-added]").remove();
        return page;
    }

    @Test
    void every_page_keeps_at_least_99_5_per_cent_of_its_sources_words_both_ways() throws IOException {
        for (RealTexts.Text source : ScReports.all()) {
            ScReportWords words = new ScReportWords(source.lines());
            words.shown(text(source).wholeText());
            assertThat(words.recall()).as(source.name() + " recall").isGreaterThanOrEqualTo(0.995);
            assertThat(words.precision()).as(source.name() + " precision").isGreaterThanOrEqualTo(0.995);
        }
    }

    @Test
    void no_page_shows_furniture_in_its_text() throws IOException {
        for (RealTexts.Text source : ScReports.all()) {
            for (Element block : text(source).select("p, h1, h2, h3, h4, h5, h6, li, td, th")) {
                if (block.closest(".cover") == null) {
                    assertThat(block.text()).as(source.name() + " " + block.cssSelector())
                            .doesNotContainPattern(ScReportWords.FURNITURE_IN_TEXT.pattern());
                }
            }
        }
    }
}
