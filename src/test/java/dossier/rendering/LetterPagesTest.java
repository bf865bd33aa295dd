package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.GeneratedDossier;
import dossier.bench.PageWeight;
import dossier.browser.BakedSite;
import dossier.browser.Browser;
import dossier.browser.InBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The glossary, the index and the citations of a generated dossier of {@value GeneratedDossier#DOCUMENTS} documents: too large
 * for one page, each is an overview listing every entry and a page per letter (per body for citations),
 * each one a reader can open, and a link to an entry of the single page still lands on it; the real
 * dossier keeps its single pages.
 */
@ExtendWith(InBrowser.class)
class LetterPagesTest {

    /** A page split by letter: its file, and how its entries and the overview's lines for them are marked. */
    enum Split {
        GLOSSARY(GlossaryPages.FILE, "article.glossary-entry", ".glossary-overview li[id]"),
        INDEX(SubjectsPages.FILE, "article.index-entry", ".index-overview li[id]"),
        CITATIONS(CitationsPage.FILE, "li.cited-work", ".cited-works-overview li[id]");

        final String file;
        final String entries;
        final String listed;

        Split(String file, String entries, String listed) {
            this.file = file;
            this.entries = entries;
            this.listed = listed;
        }

        Path overview() {
            return GeneratedDossier.get().site().resolve(file);
        }

        /** The pages by letter, in order (not those of a glossary entry's uses). */
        List<Path> pages() {
            return GeneratedDossier.get().files(file.replace(".html", "") + "-[a-z0-9-]+\\.html").stream()
                    .filter(f -> !f.matches(".*-uses(-\\d+)?\\.html")).map(GeneratedDossier.get().site()::resolve).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void a_large_page_is_an_overview_and_pages_by_letter_each_under_the_budget(Split split) throws IOException {
        assertThat(split.pages()).hasSizeGreaterThan(1);
        assertThat(PageWeight.withAssets(split.overview())).isLessThan(PageWeight.BUDGET / 5);
        for (Path page : split.pages()) {
            assertThat(PageWeight.withAssets(page)).as(page.getFileName().toString()).isLessThanOrEqualTo(PageWeight.BUDGET);
        }
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void every_entry_is_on_exactly_one_letter_page_and_the_overview_lists_it_under_its_id_with_a_link_to_it(Split split)
            throws IOException {
        List<String> entries = new ArrayList<>();
        Document overview = Jsoup.parse(split.overview().toFile(), "UTF-8");
        for (Path page : split.pages()) {
            for (Element entry : Jsoup.parse(page.toFile(), "UTF-8").select(split.entries)) {
                entries.add(entry.id());
                Element listed = overview.getElementById(entry.id());
                assertThat(listed).as(entry.id()).isNotNull();
                assertThat(listed.selectFirst("a").attr("href")).isEqualTo(page.getFileName() + "#" + entry.id());
            }
        }
        assertThat(entries).isNotEmpty().doesNotHaveDuplicates().hasSize(overview.select(split.listed).size());
        assertThat(overview.select(split.entries)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void the_real_dossier_keeps_its_single_page(Split split) throws IOException {
        Path real = BakedSite.realDossier().root();
        String name = split.file.replace(".html", "");
        try (Stream<Path> files = Files.list(real)) {
            assertThat(files.map(f -> f.getFileName().toString())).filteredOn(f -> f.startsWith(name)).containsExactly(split.file);
        }
        assertThat(Jsoup.parse(real.resolve(split.file).toFile(), "UTF-8").select(split.entries)).hasSizeGreaterThan(5);
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void a_link_to_an_entry_of_the_single_page_lands_on_the_page_that_now_holds_it(Split split, Browser chromium) throws IOException {
        List<Path> pages = split.pages();
        Path page = pages.get(pages.size() / 2);
        String id = Jsoup.parse(page.toFile(), "UTF-8").select(split.entries).get(0).id();
        ChromeDriver browser = chromium.driver();
        browser.get(split.overview().toUri() + "#" + id);
        chromium.waiting(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains(split.file));
        assertThat(browser.getCurrentUrl()).endsWith(page.getFileName() + "#" + id);
        assertThat(browser.executeScript("return document.getElementById(arguments[0]).matches(arguments[1]);", id, split.entries)).isEqualTo(true);
    }
}
