package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.GeneratedDossier;
import dossier.bench.PageWeight;
import dossier.browser.BakedSite;
import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.browser.SelectBox;
import dossier.publishing.PublishedAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of a generated dossier of {@value GeneratedDossier#DOCUMENTS} documents, with the scripts and styles it loads, stays
 * under the dossier's page budget, a small one ({@link GeneratedDossier#BUDGET}) so that its pages made
 * from the whole dossier split as a dossier of thousands does under the default one: the home page's list by
 * year, the timeline by year, month and part of a month, a glossary or index entry's many uses on pages of
 * their own. What the splits moved is still reached: the home page loads a year on demand, old links land,
 * and the site keeps every address that the site of its first documents published.
 */
@ExtendWith(InBrowser.class)
class PageBudgetTest {

    static Path site;

    @BeforeAll
    static void build() {
        site = GeneratedDossier.get().site();
    }

    /** The site's pages whose address from its root matches {@code pattern}. */
    private static List<String> named(String pattern) {
        return GeneratedDossier.get().files(pattern);
    }

    /**
     * A document's page is as large as its document, whatever the dossier's size: it is held to the default
     * budget; every other page to the dossier's own.
     */
    @Test
    void every_page_with_its_scripts_and_styles_and_every_part_of_the_home_pages_list_stays_under_the_budget() throws IOException {
        long budget = GeneratedDossier.BUDGET.bytes();
        List<String> pages = named(".*\\.html");
        assertThat(pages).hasSizeGreaterThan(GeneratedDossier.DOCUMENTS);
        List<String> over = new ArrayList<>();
        for (String page : pages) {
            long weight = PageWeight.withAssets(site.resolve(page));
            if (weight > (page.startsWith("documents/") ? PageWeight.BUDGET : budget)) {
                over.add(page + " " + weight / 1024 + " KB");
            }
        }
        assertThat(over).as("pages over %d KB", budget / 1024).isEmpty();
        try (Stream<Path> parts = Files.list(site.resolve(DocumentList.FOLDER))) {
            for (Path part : parts.toList()) {
                assertThat(Files.size(part)).as(part.getFileName().toString()).isLessThan(budget / 2);
            }
        }
    }

    @Test
    void at_this_size_every_page_made_from_the_whole_dossier_is_split() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("[data-document-years] .document-year")).hasSizeGreaterThan(3);
        assertThat(home.select(".document-card")).hasSizeLessThanOrEqualTo(GeneratedDossier.BUDGET.documentsPerPart());
        assertThat(named("timeline-\\d{4}-\\d{2}-\\d+\\.html")).as("numbered pages of a month").isNotEmpty();
        assertThat(named("glossary-[a-z0-9-]+-uses(-\\d+)?\\.html")).as("pages of a glossary entry's uses").isNotEmpty();
        assertThat(named("subjects-[a-z0-9-]+-uses(-\\d+)?\\.html")).as("pages of an index entry's paragraphs").isNotEmpty();
        assertThat(named("timeline-\\d{4}-\\d{2}(-\\d+)?\\.html").stream().map(month -> month.substring(0, "timeline-2012".length()) + ".html"))
                .as("a year split by month keeps its page").isNotEmpty().allSatisfy(year -> assertThat(site.resolve(year)).isRegularFile());
        for (String file : List.of("glossary", "subjects", "citations")) {
            assertThat(named(file + "-[a-z0-9-]+\\.html")).as(file).isNotEmpty();
        }
    }

    @Test
    void published_addresses_name_every_page_the_splits_made() throws IOException {
        List<String> published = Files.readAllLines(site.resolve(PublishedAddresses.FILE));
        assertThat(published).containsAll(named("(timeline|glossary|subjects|citations)-.*\\.html"));
    }

    /**
     * The site replaced, under --strict, that of the dossier's first documents, whose timeline had whole
     * years where it now has months: every address that site published is still published, and its year
     * pages now list their months.
     */
    @Test
    void a_grown_dossier_keeps_every_address_its_smaller_site_published() throws IOException {
        List<String> smaller = GeneratedDossier.get().smallerAddresses();
        assertThat(Files.readAllLines(site.resolve(PublishedAddresses.FILE))).containsAll(smaller);
        List<String> yearsSplitSince = smaller.stream().filter(f -> f.matches("timeline-\\d{4}\\.html"))
                .filter(f -> !named(f.replace(".html", "-\\d{2}(-\\d+)?\\.html")).isEmpty()).toList();
        assertThat(yearsSplitSince).as("years that had a page and are now split by month").isNotEmpty();
        for (String year : yearsSplitSince) {
            List<String> months = Jsoup.parse(site.resolve(year).toFile(), "UTF-8").select(".timeline-overview li a").eachAttr("href");
            assertThat(months).as(year).containsExactlyInAnyOrderElementsOf(named(year.replace(".html", "-\\d{2}(-\\d+)?\\.html")));
        }
    }

    @Test
    void an_entry_used_in_many_documents_lists_its_first_uses_and_links_to_pages_holding_every_one() throws IOException {
        Path usesPage = site.resolve(named("glossary-[a-z0-9-]+-uses\\.html").get(0));
        Document uses = Jsoup.parse(usesPage.toFile(), "UTF-8");
        String id = uses.selectFirst(".glossary-uses p a").attr("href").replaceAll(".*#", "");
        Document overview = Jsoup.parse(site.resolve(GlossaryPages.FILE).toFile(), "UTF-8");
        Path letter = site.resolve(overview.getElementById(id).attr("data-moved-to").replaceAll("#.*", ""));
        Element entry = Jsoup.parse(letter.toFile(), "UTF-8").getElementById(id);
        int documents = Integer.parseInt(entry.select(".uses > p").first().text().replaceAll(".* in (\\d+) documents.*", "$1"));
        List<String> linkedPages = entry.select(".uses-more a").eachAttr("href");
        assertThat(linkedPages).first().isEqualTo(site.relativize(usesPage).toString());
        int listed = 0;
        List<String> everyUse = new ArrayList<>();
        for (String page : linkedPages) {
            for (Element use : Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select(".glossary-uses > ul > li")) {
                everyUse.add(use.selectFirst("a").attr("href"));
            }
        }
        listed = entry.select(".uses > ul > li").size();
        assertThat(listed).isPositive().isLessThan(documents);
        assertThat(everyUse).doesNotHaveDuplicates().hasSize(documents)
                .startsWith(entry.select(".uses > ul > li > a").eachAttr("href").toArray(String[]::new));
    }

    @Test
    void an_index_entry_named_in_many_documents_lists_its_first_paragraphs_and_links_to_pages_holding_every_one() throws IOException {
        Path usesPage = site.resolve(named("subjects-[a-z0-9-]+-uses\\.html").get(0));
        Document uses = Jsoup.parse(usesPage.toFile(), "UTF-8");
        String id = uses.selectFirst(".index-uses p a").attr("href").replaceAll(".*#", "");
        int documents = Integer.parseInt(uses.selectFirst(".index-uses h2").text().replaceAll(".* of the (\\d+) that name it", "$1"));
        Document overview = Jsoup.parse(site.resolve(SubjectsPages.FILE).toFile(), "UTF-8");
        Path letter = site.resolve(overview.getElementById(id).attr("data-moved-to").replaceAll("#.*", ""));
        Element entry = Jsoup.parse(letter.toFile(), "UTF-8").getElementById(id);
        List<String> linkedPages = entry.select("> .uses-more a").eachAttr("href");
        assertThat(linkedPages).first().isEqualTo(site.relativize(usesPage).toString());
        List<String> everyParagraph = new ArrayList<>();
        for (String page : linkedPages) {
            everyParagraph.addAll(Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select(".index-uses .index-locators a").eachAttr("href"));
        }
        List<String> shown = entry.select("> .index-locators a").eachAttr("href");
        assertThat(shown).isNotEmpty();
        assertThat(everyParagraph).doesNotHaveDuplicates().hasSizeGreaterThan(shown.size()).startsWith(shown.toArray(String[]::new));
        Map<String, List<String>> byDocument = everyParagraph.stream().collect(Collectors.groupingBy(h -> h.replaceAll("#.*", ""),
                LinkedHashMap::new, Collectors.mapping(h -> h.replaceAll(".*#", ""), Collectors.toList())));
        assertThat(byDocument).hasSize(documents);
        for (Map.Entry<String, List<String>> document : byDocument.entrySet()) {
            Document page = Jsoup.parse(site.resolve(document.getKey()).toFile(), "UTF-8");
            assertThat(document.getValue()).as(document.getKey()).allSatisfy(anchor -> assertThat(page.getElementById(anchor)).isNotNull());
        }
    }

    /**
     * A smaller dossier's site had a whole year on a page, a whole month on a page, a whole letter on a page:
     * a link to a day or an entry of those pages lands on the page that now holds it.
     */
    @Test
    void an_old_link_into_a_year_a_month_or_a_letter_split_since_lands_on_its_day_or_entry(Browser chromium) throws IOException {
        String year = named("timeline-\\d{4}-\\d{2}(-\\d+)?\\.html").get(0).substring(0, "timeline-2012".length()) + ".html";
        List<String> months = Jsoup.parse(site.resolve(year).toFile(), "UTF-8").select(".timeline-overview li a").eachAttr("href");
        assertThat(months).hasSizeGreaterThan(1);
        assertLands(chromium, year, months.get(months.size() - 1), "li.timeline-day[id]");
        String lastPart = named("timeline-\\d{4}-\\d{2}-\\d+\\.html").stream().max(Comparator.comparing(PageBudgetTest::part)).orElseThrow();
        assertLands(chromium, lastPart.replaceFirst("-\\d+\\.html$", ".html"), lastPart, "li.timeline-day[id]");
        String letter = named("glossary-[a-z0-9]+-2\\.html").get(0);
        assertLands(chromium, letter.replace("-2.html", ".html"), letter, "article.glossary-entry");
    }

    /** The part of a month a page holds: 3 for "timeline-2012-11-3.html". */
    private static int part(String file) {
        return Integer.parseInt(file.replaceAll(".*-(\\d+)\\.html$", "$1"));
    }

    /** Opens {@code old} with the id of the last of {@code now}'s elements {@code selected}, and finds that element on {@code now}. */
    private static void assertLands(Browser chromium, String old, String now, String selected) throws IOException {
        String id = Jsoup.parse(site.resolve(now).toFile(), "UTF-8").select(selected).last().id();
        assertThat(Jsoup.parse(site.resolve(old).toFile(), "UTF-8").getElementById(id)).as("%s on %s", id, old).isNull();
        ChromeDriver browser = chromium.driver();
        browser.get(site.resolve(old).toUri() + "#" + id);
        chromium.waitForLoaded(now);
        assertThat(browser.getCurrentUrl()).as(old + "#" + id).endsWith("/" + now + "#" + id);
        assertThat(browser.executeScript("return document.getElementById(arguments[0]) !== null;", id)).isEqualTo(true);
    }

    @Test
    void a_link_to_a_day_that_goes_on_over_two_pages_lands_on_the_first(Browser chromium) throws IOException {
        String day = null;
        String page = null;
        for (String file : named("timeline-\\d{4}-\\d{2}-\\d+\\.html")) {
            Element continued = Jsoup.parse(site.resolve(file).toFile(), "UTF-8").selectFirst("li.timeline-day:not([id])");
            if (continued != null) {
                day = "d-" + continued.selectFirst("time").attr("datetime");
                for (String before : named("timeline-.*\\.html")) {
                    if (Jsoup.parse(site.resolve(before).toFile(), "UTF-8").getElementById(day) != null) {
                        page = before;
                    }
                }
                break;
            }
        }
        assertThat(day).as("a day continued on a next page").isNotNull();
        assertThat(page).isNotNull();
        ChromeDriver browser = chromium.driver();
        browser.get(site.resolve(TimelinePages.FILE).toUri() + "#" + day);
        chromium.waitForLoaded("timeline-");
        assertThat(browser.getCurrentUrl()).endsWith("/" + page + "#" + day);
    }

    @Test
    void the_home_page_loads_a_year_on_demand_and_its_lists_count_every_document(Browser chromium) throws IOException {
        ChromeDriver browser = chromium.driver();
        browser.get(site.resolve("index.html").toUri().toString());
        chromium.waitForLoaded("index.html");
        Page page = new Page(chromium);
        page.until("the controls", () -> page.text("[data-document-count]").contains("All " + GeneratedDossier.DOCUMENTS + " documents"));
        long before = page.count(".document-card");
        Element year = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select(".document-year[id~=documents-\\d{4}]:has([data-year-more])").last();
        int inYear = Integer.parseInt(year.selectFirst(".year-count").text().replaceAll("\\D", ""));
        String cards = "#" + year.id() + " .document-card";
        chromium.click(page.first("#" + year.id() + " [data-year-more] button"));
        page.until("the year's first part", () -> page.count(cards) >= Math.min(inYear, GeneratedDossier.BUDGET.documentsPerPart()));
        assertThat(page.count(".document-card")).isGreaterThan(before);
        assertThat(browser.executeScript("return document.querySelector(arguments[0]).href;", cards + " h4 a"))
                .asString().contains("/documents/").endsWith(".html");

        // A year chosen in the list: its documents are loaded and listed, the count is that of the compact script.
        browser.navigate().refresh();
        chromium.waitForLoaded("index.html");
        SelectBox.choose(browser, "[name=year]", year.id().replace("documents-", ""));
        page.until("the chosen year", () -> page.count(cards + ":not([hidden])") == Math.min(inYear, GeneratedDossier.BUDGET.documentsPerPart()));
        assertThat(page.text("[data-document-count]")).startsWith(inYear + " of " + GeneratedDossier.DOCUMENTS + " documents");
        assertThat(page.count(".document-year", true)).isEqualTo(1);
    }

    @Test
    void the_real_dossiers_home_page_keeps_its_one_list() throws IOException {
        Document home = Jsoup.parse(BakedSite.realDossier().root().resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("[data-document-list] > li.document-card")).hasSize(5);
        assertThat(home.select("[data-document-years]")).isEmpty();
        assertThat(home.select("script[src=document-orders.js]")).hasSize(1);
    }

    /**
     * The page open, read and waited on in one command a look: a wait that listed every card each time, and
     * a look at each year's section, were a round trip each.
     */
    private record Page(Browser chromium) {

        /** Waits for what the page's scripts do, naming what it waited for if it does not come. */
        void until(String what, java.util.function.BooleanSupplier done) {
            chromium.waiting(Duration.ofSeconds(20)).withMessage(what).until(d -> done.getAsBoolean());
        }

        long count(String selector) {
            return count(selector, false);
        }

        /** How many elements match, or only those shown ({@code shown}: rendered and not made invisible). */
        long count(String selector, boolean shown) {
            return (long) chromium.driver().executeScript("""
                    return Array.from(document.querySelectorAll(arguments[0]))
                        .filter(e => !arguments[1] || e.checkVisibility({opacityProperty: true, visibilityProperty: true})).length;
                    """, selector, shown);
        }

        /** The text the first element matching shows. */
        String text(String selector) {
            return (String) chromium.driver().executeScript("return document.querySelector(arguments[0]).innerText;", selector);
        }

        /** The first element matching. */
        WebElement first(String selector) {
            return (WebElement) chromium.driver().executeScript("return document.querySelector(arguments[0]);", selector);
        }
    }
}
