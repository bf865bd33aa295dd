package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.browser.Sites;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.corpus.RealTexts;
import dossier.model.Document;
import dossier.rendering.RenderPlan;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search page in a real browser, on the real dossier unzipped from the offline zip and opened from
 * disk (file://), as a reader without a network would use it.
 */
@ExtendWith(InBrowser.class)
class SearchPageBrowserTest {

    @TempDir
    static Path folder;
    static Path site;
    static Browser chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void open(Browser shared, Sites sites) {
        site = sites.unzipped();
        chromium = shared;
        browser = chromium.driver();
    }

    /** The results name their document and paragraph, read on the same load as the links they give. */
    @Test
    void ecowas_from_the_unzipped_site_gives_paragraph_results_naming_their_document_and_paragraph_whose_links_land_on_them() {
        search(site, "ECOWAS");
        WebElement first = browser.findElement(By.cssSelector(".search-result > a"));
        assertThat(first.findElement(By.className("result-document")).getText()).matches("S/\\d{4}/\\d+");
        assertThat(first.findElement(By.className("result-paragraph")).getText()).matches("(preamble, )?para\\. \\d+.*");
        List<String> links = resultLinks();
        assertThat(links).hasSizeGreaterThan(10).allSatisfy(link -> assertThat(link).startsWith("file://").contains(".html#"));
        String expansion = "Economic Community of West African States";
        assertThat(marked()).contains("ECOWAS").allSatisfy(mark -> assertThat(mark).isIn("ECOWAS", expansion));
        for (String link : List.of(links.get(0), links.get(links.size() / 2), links.get(links.size() - 1))) {
            browser.get(link);
            String anchor = link.substring(link.indexOf('#') + 1);
            // The block holding the anchor: an item printed inside a paragraph is an inline element of it.
            String paragraph = (String) browser.executeScript("var e = document.getElementById(arguments[0]);"
                    + "while (getComputedStyle(e).display === 'inline') { e = e.parentElement; } return e.textContent;", anchor);
            assertThat(paragraph).as(link).containsAnyOf("ECOWAS", expansion);
            Boolean inView = (Boolean) browser.executeScript("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                    + "return r.bottom > 0 && r.top < window.innerHeight;", anchor);
            assertThat(inView).as("%s is scrolled into view", link).isTrue();
        }
    }

    @Test
    void a_match_inside_an_item_printed_within_its_paragraph_lands_on_the_item() {
        search(site, "effective training police units");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) browser.executeScript("""
                const a = Array.from(document.querySelectorAll('.search-result > a')).find(a => a.href.includes(arguments[0]));
                return a && {href: a.href, paragraph: a.querySelector('.result-paragraph').innerText};""",
                "documents/s-2012-946.html#para-10");
        assertThat(item).as("a result in para. 10 of S/2012/946").isNotNull();
        assertThat((String) item.get("href")).endsWith("#para-10-ii");
        assertThat(item.get("paragraph")).isEqualTo("para. 10 (ii)");

        searchAgain("Malian crisis report every 60 days");
        assertThat(resultLinks()).as("a match before the items lands on the paragraph")
                .anySatisfy(link -> assertThat(link).endsWith("documents/s-2012-946.html#para-10"));
    }

    @Test
    void a_word_finds_its_other_forms_highlighted() {
        search(site, "negotiation");
        assertThat(resultLinks()).isNotEmpty();
        assertThat(marked()).contains("negotiations");
    }

    @Test
    void a_name_typed_without_accents_finds_it_with_them() {
        search(site, "Traore");
        assertThat(resultLinks()).isNotEmpty().anySatisfy(link -> assertThat(link).contains("letter-2012-10-23.html#"));
        assertThat(marked()).contains("Traoré");
    }

    @Test
    void the_start_of_a_word_finds_the_word_while_typing() {
        search(site, "");
        browser.findElement(By.id("search-input")).sendKeys("negot");
        settled();
        assertThat(resultLinks()).isNotEmpty();
        assertThat(marked()).contains("negotiations");
        assertThat(browser.getCurrentUrl()).as("the address links to this search").endsWith("search.html?q=negot");
    }

    @Test
    void the_search_box_in_a_document_page_header_opens_the_search_with_its_words() {
        browser.get(site.resolve("documents/s-2012-894.html").toUri().toString());
        browser.findElement(By.id("site-search-q")).sendKeys("Traore", Keys.ENTER);
        chromium.waitForLoaded("search.html?q=Traore");
        settled();
        assertThat(resultLinks()).isNotEmpty().anySatisfy(link -> assertThat(link).contains("letter-2012-10-23.html#"));
    }

    @Test
    void a_un_symbol_finds_its_document_first() {
        search(site, "S/2012/894");
        WebElement first = browser.findElement(By.cssSelector(".search-result > a"));
        assertThat(first.getAttribute("href")).endsWith("documents/s-2012-894.html");
        assertThat(first.getText()).contains("the whole document");
        assertThat(resultLinks()).anySatisfy(link -> assertThat(link).contains("documents/s-2012-946.html#"));
    }

    @Test
    void a_un_symbol_with_words_keeps_the_search_to_that_document() {
        search(site, "S/2012/946 ECOWAS");
        List<String> links = resultLinks();
        assertThat(links.get(0)).endsWith("documents/s-2012-946.html");
        assertThat(links).hasSizeGreaterThan(2).allSatisfy(link -> assertThat(link).contains("documents/s-2012-946.html"));
    }

    @Test
    void a_query_of_common_words_says_what_to_type() {
        search(site, "the");
        assertThat(resultLinks()).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("two letters or more");
    }

    @Test
    void humanitarian_crises_returns_the_paragraphs_about_the_humanitarian_crisis() {
        search(site, "humanitarian crisis");
        List<String> singular = fullMatches();
        searchAgain("humanitarian crises");
        assertThat(fullMatches()).as("the plural finds what the singular finds").isNotEmpty().isEqualTo(singular);
        assertThat(browser.findElements(By.cssSelector(".result-snippet")).get(0).getText().toLowerCase())
                .contains("humanitarian").containsPattern("cris[ie]s");
        assertThat(marked()).contains("crisis");
    }

    @Test
    void a_word_that_matches_nowhere_leaves_the_results_of_the_others_with_the_missing_word_shown() {
        search(site, "ECOWAS crises zzzyzx");
        // Read in one script: a round trip per result added up.
        @SuppressWarnings("unchecked")
        List<Map<String, String>> results = (List<Map<String, String>>) browser.executeScript("""
                const text = e => e ? e.innerText : '';
                return Array.from(document.querySelectorAll('#search-results .search-result')).map(r =>
                    ({missing: text(r.querySelector('.result-missing')), struck: text(r.querySelector('.result-missing s'))}));""");
        assertThat(results).hasSizeGreaterThan(5).allSatisfy(result -> {
            assertThat(result.get("missing")).startsWith("missing:").contains("zzzyzx");
            assertThat(result.get("struck")).isIn("zzzyzx", "crises");
        });
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("No paragraph matches every word of").contains("match some of the words");
    }

    /**
     * Results of each kind, typed one after the other on one load of the page: a load, and axe-core's source
     * sent to it, for each cost Chromium more than the check.
     */
    @Test
    void axe_core_finds_nothing_on_results_of_a_phrase_of_every_word_or_of_some_of_the_words() {
        String phrase = "\"political process\" Mali";
        search(site, phrase);
        assertThat(marked()).as(phrase).contains("political process");
        assertThat(chromium.axe()).as("axe-core on the results of %s", phrase).isEmpty();
        searchAgain("humanitarian crises");
        assertThat(fullMatches()).as("humanitarian crises").isNotEmpty();
        assertThat(chromium.axe()).as("axe-core on the results of humanitarian crises").isEmpty();
        searchAgain("ECOWAS crises zzzyzx");
        assertThat(browser.findElements(By.cssSelector(".result-missing s"))).as("ECOWAS crises zzzyzx").isNotEmpty();
        assertThat(chromium.axe()).as("axe-core on the results of ECOWAS crises zzzyzx").isEmpty();
    }

    @Test
    void results_with_every_word_come_first_then_those_that_miss_one() {
        search(site, "Malian forces training");
        @SuppressWarnings("unchecked")
        List<Boolean> missesAWord = (List<Boolean>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#search-results .search-result')).map(r => !!r.querySelector('.result-missing'));");
        assertThat(missesAWord).contains(false, true);
        assertThat(missesAWord.indexOf(true)).as("the first result missing a word comes after every full match")
                .isGreaterThan(missesAWord.lastIndexOf(false));
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("every word of");
    }

    @Test
    void a_quoted_phrase_matches_its_words_in_that_order() {
        search(site, "\"political process\"");
        List<String> snippets = strings("return Array.from(document.querySelectorAll('.result-snippet')).map(s => s.innerText);");
        assertThat(snippets).isNotEmpty().allSatisfy(s -> assertThat(s.toLowerCase()).contains("political process"));
        assertThat(marked()).allSatisfy(m -> assertThat(m.toLowerCase()).isEqualTo("political process"));
        searchAgain("political process");
        assertThat(resultLinks().size()).as("the words unquoted match more paragraphs").isGreaterThan(snippets.size());
        searchAgain("\"process political\"");
        assertThat(resultLinks()).as("the words in the other order").isEmpty();
    }

    /**
     * The page's term rules against the index's, on every paragraph of the real dossier, a few hard cases and
     * every word of the sources and the corpus; then every term and posting the page decodes against the index
     * the build wrote. One load of the page and one read of the sources: each cost more than the checks.
     */
    @Test
    void the_page_uses_the_same_term_rules_as_the_index_and_decodes_every_term_and_posting_as_the_build_wrote_them()
            throws IOException {
        // In the build's order (the home page's), so that paragraph numbers are the same as in the site's index.
        List<Document> documents = RenderPlan.order(Pipeline.read(new BuildOptions(Path.of("."), folder.resolve("unused"),
                Path.of("."))));
        SearchIndex index = ModelIndex.of(documents, Path.of("content"));
        List<String> texts = index.entries().stream().map(SearchIndex.IndexedParagraph::text).toList();
        List<String> samples = List.of("Côte d’Ivoire’s CRISES", "S/RES/2085 (2012) and A/HRC/RES/34/39.", "Œuvre, Straße",
                "processes taxes countries status", "and/or 1990s 24/7");
        List<String> words = new ArrayList<>(SearchTerms.STOP_WORDS);
        SearchTerms.IRREGULAR_PLURALS.forEach((plural, singular) -> words.addAll(List.of(plural, singular)));
        // Words that fold more than an accent: ligatures, œ and ß spelled out, a separate accent, a capital sigma.
        words.addAll(List.of("Œuvre", "ﬁnance", "Straße", "km²", "Ⅻ", "Traore\u0301", "ΟΔΟΣ"));
        for (Path folder : List.of(Path.of("content/documents"), RealTexts.CORPUS)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    words.addAll(List.of(Files.readString(file).split("\\s+")));
                }
            }
        }
        List<String> distinct = words.stream().distinct().toList();
        assertThat(distinct).hasSizeGreaterThan(5000);
        search(site, "");
        for (List<String> batch : List.of(texts, samples, distinct)) {
            Object fromPage = browser.executeScript("return arguments[0].map(function (t) { return window.dossierSearch.terms(t); });", batch);
            assertThat(fromPage).isEqualTo(batch.stream().map(SearchTerms::terms).toList());
        }

        browser.executeAsyncScript("window.dossierSearch.loadEverything(arguments[arguments.length - 1]);");
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) browser.executeScript("return window.dossierSearch.indexedTerms();");
        assertThat(terms).hasSize(index.size().terms());
        @SuppressWarnings("unchecked")
        List<List<List<Long>>> decoded = (List<List<List<Long>>>) browser.executeScript(
                "return arguments[0].map(function (t) { return window.dossierSearch.postings(t); });", terms);
        for (int i = 0; i < terms.size(); i++) {
            Map<Integer, Integer> fromPage = new LinkedHashMap<>();
            decoded.get(i).forEach(pair -> fromPage.put(pair.get(0).intValue(), pair.get(1).intValue()));
            assertThat(fromPage).as("postings of %s", terms.get(i)).isNotEmpty().isEqualTo(index.postings(terms.get(i)));
        }
    }

    @Test
    void an_acronym_finds_its_expansion_and_the_reverse_and_frequent_early_mentions_rank_first() throws IOException {
        Path fixture = folder.resolve("fixture");
        Files.createDirectories(fixture.resolve("js"));
        Files.copy(site.resolve("search.html"), fixture.resolve("search.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(site.resolve("js/search.js"), fixture.resolve("js/search.js"), StandardCopyOption.REPLACE_EXISTING);
        FixtureSite.acronymsAndRanking().write(fixture);

        search(fixture, "ECOWAS");
        assertThat(resultLinks()).extracting(SearchPageBrowserTest::place).containsExactly("fixture-a#para-1", "fixture-a#para-2");
        assertThat(marked()).containsExactly("ECOWAS", "Economic Community of West African States");

        searchAgain("economic community of west african states");
        assertThat(resultLinks()).extracting(SearchPageBrowserTest::place).containsExactlyInAnyOrder("fixture-a#para-1", "fixture-a#para-2");
        assertThat(marked()).contains("ECOWAS");

        searchAgain("mediator");
        List<String> ranked = resultLinks().stream().map(SearchPageBrowserTest::place).toList();
        assertThat(ranked).hasSize(4);
        assertThat(ranked.get(0)).as("names it twice, early").isEqualTo("fixture-a#para-3");
        assertThat(ranked.get(3)).as("names it once, at the end of a long paragraph").isEqualTo("fixture-b#para-1");
    }

    private static void search(Path root, String query) {
        browser.get(root.resolve("search.html").toUri() + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        settled();
    }

    /**
     * A new query typed in the box of the page open, as a reader does after a first search: the results come
     * from the parts of the index the page has already loaded, and from those it loads. The status line names
     * the query, or the results shown may still be the last query's.
     */
    private static void searchAgain(String query) {
        SearchBox.type(browser, query);
        assertThat(browser.findElement(By.id("search-status")).getText()).as("the status after typing %s", query)
                .contains("“" + query + "”");
    }

    /** Waits until the results are shown: the list is busy while the parts a query needs load. */
    static void settled() {
        SearchBox.settled(browser);
    }

    /** The links of the results shown, in order (read in one script: a round trip per result added up). */
    private static List<String> resultLinks() {
        return strings("return Array.from(document.querySelectorAll('.search-result > a')).map(a => a.href);");
    }

    /** The links of the results that match every word (those shown without missing words). */
    private static List<String> fullMatches() {
        return strings("""
                return Array.from(document.querySelectorAll('#search-results .search-result'))
                    .filter(r => !r.querySelector('.result-missing')).map(r => r.querySelector('a').href);""");
    }

    private static List<String> marked() {
        return strings("return Array.from(document.querySelectorAll('.result-snippet mark')).map(m => m.innerText.trim());")
                .stream().distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) browser.executeScript(script);
    }

    /** "documents/fixture-a.html#para-1" → "fixture-a#para-1". */
    private static String place(String link) {
        return link.replaceAll(".*/documents/", "").replace(".html", "");
    }
}
