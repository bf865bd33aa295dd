package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.timeline.Timeline;
import dossier.bench.GeneratedDossier;
import dossier.bench.PageWeight;
import dossier.browser.BakedSite;
import dossier.browser.Browser;
import dossier.browser.InBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The timeline of a generated dossier of {@value GeneratedDossier#DOCUMENTS} documents: too large for one page, it is an
 * overview of the years and a page per year or month, each one a reader can open; the real dossier keeps
 * its single page.
 */
@ExtendWith(InBrowser.class)
class TimelinePagesTest {

    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() {
        site = GeneratedDossier.get().site();
        pages = GeneratedDossier.get().files("timeline-\\d{4}(-\\d{2}(-\\d+)?)?\\.html").stream().map(site::resolve).toList();
    }

    @Test
    void a_large_timeline_is_an_overview_and_pages_each_under_the_budget() {
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(PageWeight.withAssets(site.resolve(TimelinePages.FILE))).isLessThan(PageWeight.BUDGET / 10);
        for (Path page : pages) {
            assertThat(PageWeight.withAssets(page)).as(page.getFileName().toString()).isLessThanOrEqualTo(PageWeight.BUDGET);
        }
    }

    @Test
    void every_day_of_the_timeline_is_on_exactly_one_page_and_the_overview_links_to_every_page() throws IOException {
        Timeline timeline = Timeline.learn(GeneratedDossier.documents());
        List<String> days = new ArrayList<>();
        for (Path page : pages) {
            days.addAll(Jsoup.parse(page.toFile(), "UTF-8").select("li.timeline-day").eachAttr("id"));
        }
        assertThat(days).doesNotHaveDuplicates()
                .hasSize(timeline.years().stream().mapToInt(y -> y.days().size()).sum());
        List<String> linked = Jsoup.parse(site.resolve(TimelinePages.FILE).toFile(), "UTF-8").select("#timeline-overview a").eachAttr("href");
        assertThat(linked).containsExactlyInAnyOrderElementsOf(pages.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void the_real_dossier_keeps_its_one_timeline_page() throws IOException {
        Path real = BakedSite.realDossier().root();
        try (Stream<Path> files = Files.list(real)) {
            assertThat(files.map(f -> f.getFileName().toString())).filteredOn(f -> f.startsWith("timeline")).containsExactly("timeline.html");
        }
        assertThat(Jsoup.parse(real.resolve(TimelinePages.FILE).toFile(), "UTF-8").select("li.timeline-day")).hasSizeGreaterThan(10);
    }

    @Test
    void an_old_link_into_the_timeline_lands_on_the_page_that_now_holds_its_day(Browser chromium) throws IOException {
        // A day after the first of its page: under a small budget many pages hold a single day.
        List<Path> ofDays = new ArrayList<>();
        for (Path page : pages) {
            if (Jsoup.parse(page.toFile(), "UTF-8").select("li.timeline-day[id]").size() > 1) {
                ofDays.add(page);
            }
        }
        assertThat(ofDays).as("pages of more than one day").isNotEmpty();
        Path page = ofDays.get(ofDays.size() / 2);
        String day = Jsoup.parse(page.toFile(), "UTF-8").select("li.timeline-day[id]").get(1).id();
        String year = day.substring(2, 6);
        ChromeDriver browser = chromium.driver();
        browser.get(site.resolve(TimelinePages.FILE).toUri() + "#" + day);
        chromium.waitForLoaded("timeline-");
        assertThat(browser.getCurrentUrl()).endsWith(page.getFileName() + "#" + day);
        assertThat(browser.executeScript("return document.getElementById(arguments[0]) !== null;", day)).isEqualTo(true);

        browser.get(site.resolve(TimelinePages.FILE).toUri() + "#year-" + year);
        chromium.waitForLoaded("timeline-");
        assertThat(browser.executeScript("return document.getElementById(arguments[0]) !== null;", "year-" + year)).isEqualTo(true);
    }
}
