package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.corpus.RealTexts;
import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Each source's page, parsed once: the checks only read them. */
    private static final Map<String, org.jsoup.nodes.Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("dossier/content/documents"));
        for (RealTexts.Text text : ScReports.all()) {
            Files.copy(text.file(), documents.resolve(text.name()));
        }
        Path site = dir.resolve("site");
        Pipeline.build(new BuildOptions(dir.resolve("dossier"), site, Path.of(".")));
        for (RealTexts.Text source : ScReports.all()) {
            pages.put(source.name(), Jsoup.parse(
                    site.resolve("documents/" + source.document().slug() + ".html").toFile(), "UTF-8"));
        }
    }

    /** The document's own text on its page: what the dossier adds (permalinks, link hints, back links) left out. */
    private static Element text(RealTexts.Text source) {
        Element page = pages.get(source.name()).selectFirst("#document-text");
        assertThat(page).as(source.name()).isNotNull();
        page = page.clone();
        page.select("[data-added]").remove();
        return page;
    }

    @Test
    void every_page_keeps_at_least_99_5_per_cent_of_its_sources_words_both_ways() {
        for (RealTexts.Text source : ScReports.all()) {
            ScReportWords words = new ScReportWords(source.lines());
            words.shown(text(source).wholeText());
            assertThat(words.recall()).as(source.name() + " recall").isGreaterThanOrEqualTo(0.995);
            assertThat(words.precision()).as(source.name() + " precision").isGreaterThanOrEqualTo(0.995);
        }
    }

    /** The tables the reader found are tables on the page, their header row as header cells; no table shows up empty. */
    @Test
    void every_page_shows_its_tables_as_tables() {
        List<String> withTables = new ArrayList<>();
        for (RealTexts.Text source : ScReports.all()) {
            Document document = source.document();
            Element page = text(source);
            assertThat(page.select("table")).as(source.name()).hasSize(document.report().tables());
            assertThat(page.select("table")).as(source.name()).allSatisfy(table ->
                    assertThat(table.select("td").eachText()).as(source.name()).anyMatch(cell -> !cell.isBlank()));
            long headed = countHeaders(document.blocks());
            assertThat(page.select("table:has(th)")).as(source.name()).hasSize((int) headed);
            assertThat(page.select("table")).as(source.name() + ": a table's header rows in one thead")
                    .allSatisfy(table -> assertThat(table.select("thead")).hasSizeLessThanOrEqualTo(1));
            if (!page.select("table").isEmpty()) {
                withTables.add(source.name());
            }
        }
        assertThat(withTables).as("the reports whose annexes hold tables (README)").contains("S-1995-222.txt",
                "S-1997-432.txt", "S-2000-538.txt", "S-2001-1008.txt", "S-2005-99.txt", "S-2008-586.txt", "S-2013-72.txt",
                "S-2015-157.txt", "S-2018-981.txt", "S-2019-198.txt");
    }

    private static long countHeaders(List<Block> blocks) {
        long count = 0;
        for (Block block : blocks) {
            if (block.type() == Block.Type.TABLE) {
                count += block.children().stream().anyMatch(b -> b.type() == Block.Type.TABLE_HEADER) ? 1 : 0;
            } else {
                count += countHeaders(block.children());
            }
        }
        return count;
    }

    /**
     * Every numbered paragraph the page shows is whole: it starts where its printed number stands and runs to the next
     * one or the next heading, as the reading has it; none is cut or lost on the way to the page.
     */
    @Test
    void every_numbered_paragraph_is_on_its_page_whole() {
        for (RealTexts.Text source : ScReports.all()) {
            Element page = text(source);
            for (Block block : source.document().anchoredBlocks()) {
                if (block.type() == Block.Type.PARAGRAPH && !block.number().isEmpty()) {
                    Element shown = page.getElementById(block.anchor());
                    assertThat(shown).as(source.name() + " #" + block.anchor()).isNotNull();
                    Element words = shown.clone();
                    words.select("sup.footnote-ref").remove();  // the marker is the footnote's link, not the text's
                    assertThat(words.text()).as(source.name() + " #" + block.anchor()).contains(block.text().strip());
                }
            }
        }
    }

    /** Each page is headed by the report's own title, never masthead furniture, and names the kind its title says. */
    @Test
    void every_page_is_headed_by_the_reports_title_and_names_its_kind() {
        for (RealTexts.Text source : ScReports.all()) {
            org.jsoup.nodes.Document page = pages.get(source.name());
            assertThat(page.select("h1#document-title").text()).as(source.name()).containsPattern("(?i)report|note by")
                    .doesNotContainPattern("ORIGINAL:|Original:|Distr\\.|^UNITED|^S/\\d|^\\*\\d");
            String kind = source.name().contains("-Add.") ? "Addendum" : "Report";
            assertThat(page.select(".kind").eachText()).as(source.name()).startsWith(kind);
        }
    }

    @Test
    void no_page_shows_furniture_in_its_text() {
        List<String> furniture = new ArrayList<>();
        for (RealTexts.Text source : ScReports.all()) {
            for (Element block : text(source).select("p, h1, h2, h3, h4, h5, h6, li, td, th")) {
                String words = block.text();
                if (ScReportWords.FURNITURE_IN_TEXT.matcher(words).find() && block.closest(".cover") == null) {
                    furniture.add(source.name() + " " + block.cssSelector() + ": " + words);
                }
            }
        }
        assertThat(furniture).as("blocks showing page furniture").isEmpty();
    }
}
