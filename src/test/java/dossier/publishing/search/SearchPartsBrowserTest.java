package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.GeneratedDossier;
import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.build.BuildOptions;
import dossier.build.DossierSettings;
import dossier.model.Document;
import dossier.model.Folding;
import dossier.publishing.Unzipped;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search on a generated dossier of {@value GeneratedDossier#DOCUMENTS} documents (the real texts, each copy under a new symbol),
 * opened from disk: a query loads only the parts of the index it needs, and gives the results the whole
 * index gives.
 */
@ExtendWith(InBrowser.class)
class SearchPartsBrowserTest {

    private static final String WORD = "negotiations";

    @TempDir
    static Path folder;
    static Path site;
    static Path unzipped;
    static SearchIndex index;
    static Browser chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void generateBuildAndOpen(Browser shared) throws IOException {
        GeneratedDossier generated = GeneratedDossier.get();
        BuildOptions options = generated.options();
        Path source = options.source();
        site = generated.site();
        List<Document> documents = GeneratedDossier.documents();
        index = ModelIndex.of(documents, source.resolve("content"));
        String name = DossierSettings.load(source).name();
        unzipped = Unzipped.unzip(site.resolve(name + ".zip"), folder.resolve("unzipped")).resolve(name);
        chromium = shared;
        browser = chromium.driver();
    }

    /**
     * One load of a search for a word: the parts it loads, then a second query needing no more, then more
     * results on demand (last, as they load more parts). Each was a load of the same search before.
     */
    @Test
    void a_word_loads_the_parts_it_needs_a_second_query_nothing_more_and_more_results_are_shown_on_demand() throws IOException {
        search(site, WORD);
        aWordLoadsTheTermPartsThatMayHoldItAndTheTextPartsOfTheResultsShown();
        aSecondQueryThatNeedsPartsAlreadyLoadedLoadsNothingMore();
        type(WORD);
        moreResultsAreShownOnDemand();
    }

    /** On the search for {@link #WORD} open. */
    private void aWordLoadsTheTermPartsThatMayHoldItAndTheTextPartsOfTheResultsShown() throws IOException {
        List<String> links = resultLinks();
        assertThat(links).hasSize(20);
        Set<String> expected = new TreeSet<>(termPartsFor(SearchTerms.terms(WORD).get(0), Folding.fold(WORD)));
        for (String link : links) {
            expected.add("x" + paragraphOf(link) / SearchParts.PARAGRAPHS_PER_TEXT);
        }
        assertThat(new TreeSet<>(loaded())).isEqualTo(expected);
        long read = Files.size(site.resolve("search/index.js"));
        for (String part : loaded()) {
            read += Files.size(site.resolve("search/" + part + ".js"));
        }
        assertThat(read).as("bytes read for one word against the whole index").isLessThan(index.size().fileBytes() / 20);
    }

    /** On the search for {@link #WORD} open. */
    private void aSecondQueryThatNeedsPartsAlreadyLoadedLoadsNothingMore() {
        List<String> first = loaded();
        type("negotiation");
        assertThat(resultLinks()).isNotEmpty();
        assertThat(loaded()).isEqualTo(first);
    }

    /** On the search for {@link #WORD} open. */
    private void moreResultsAreShownOnDemand() {
        assertThat(status()).contains("the first 20 are shown");
        WebElement more = browser.findElement(By.className("search-more"));
        chromium.click(more);
        settled();
        assertThat(resultLinks()).hasSizeGreaterThan(20);
    }

    @Test
    void each_query_gives_the_results_of_the_whole_index_from_disk_and_from_the_unzipped_zip() throws IOException {
        String symbol = index.documents().stream().map(SearchIndex.IndexedDocument::symbol).filter(s -> s.startsWith("S/")).skip(7)
                .findFirst().orElseThrow();
        List<String> queries = List.of(WORD, "ECOWAS", "humanitarian crises", "\"political process\"", "Malian forces training zzzyzx",
                symbol + " ECOWAS", symbol, "econ", "Traore");
        List<List<String>> onDemand = new ArrayList<>();
        for (String query : queries) {
            search(site, query);
            onDemand.add(shown(site));
            assertThat(onDemand.get(onDemand.size() - 1)).as(query).hasSizeGreaterThan(1);
        }
        // The page of the last query takes every part: a load of its own cost Chromium more than a query.
        registerEveryPart();
        List<String> everything = loaded();
        for (int i = 0; i < queries.size(); i++) {
            type(queries.get(i));
            List<String> withEveryPart = shown(site);
            if (queries.get(i).startsWith("\"")) {
                // A phrase on a large dossier is counted before the word order of every paragraph is checked.
                assertThat(withEveryPart.subList(1, withEveryPart.size())).as(queries.get(i)).isEqualTo(onDemand.get(i).subList(1, onDemand.get(i).size()));
                continue;
            }
            assertThat(withEveryPart).as(queries.get(i)).isEqualTo(onDemand.get(i));
        }
        assertThat(loaded()).as("with every part loaded, no query loads one").isEqualTo(everything);
        // The zip holds the same parts, and its search page finds them as from disk: a symbol with a word reads
        // the term parts of both and the text parts of its results. The parts being the same bytes, a query
        // more (there were three) gave nothing more for a page load each.
        assertThat(filesOf(unzipped.resolve("search"))).as("the unzipped index, part for part").isEqualTo(filesOf(site.resolve("search")));
        search(unzipped, queries.get(5));
        assertThat(shown(unzipped)).as("unzipped: " + queries.get(5)).isEqualTo(onDemand.get(5));
    }

    @Test
    void a_phrase_reads_the_texts_of_the_results_it_shows_not_of_every_paragraph_with_its_words() {
        search(site, "\"political process\"");
        List<String> texts = loaded().stream().filter(p -> p.startsWith("x")).toList();
        assertThat(resultLinks()).hasSize(20);
        @SuppressWarnings("unchecked")
        List<String> snippets = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('.result-snippet')).map(s => s.innerText);");
        assertThat(snippets).hasSize(20).allSatisfy(s -> assertThat(s.toLowerCase()).contains("political process"));
        type("political process");
        int withBoth = Integer.parseInt(status().replaceAll("^(\\d+) paragraphs match.*", "$1"));
        assertThat(texts.size()).as("text parts read, against the paragraphs holding both words").isLessThan(withBoth / 4);
    }

    /**
     * Puts every part of the index in the page open, each file run as the loader runs it (it registers
     * itself), in one script: a script element per part, thousands of them, cost Chromium more CPU than the
     * queries, to prove again what the queries loading their parts above prove.
     */
    private static void registerEveryPart() throws IOException {
        Path all = folder.resolve("every-part.js");
        try (Stream<Path> parts = Files.list(site.resolve("search")); Writer out = Files.newBufferedWriter(all)) {
            for (Path part : parts.filter(p -> !p.getFileName().toString().equals("index.js")).sorted().toList()) {
                out.write(Files.readString(part) + ";\n");
            }
        }
        browser.executeAsyncScript("""
                const script = document.createElement('script');
                script.src = arguments[0];
                script.onload = arguments[arguments.length - 1];
                document.head.appendChild(script);
                """, all.toUri().toString());
    }

    /** Each file of a folder by name, with its text. */
    private static Map<String, String> filesOf(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                out.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return out;
    }

    /** The term parts that may hold a term and the terms starting with a prefix (as the page finds them). */
    private static Set<String> termPartsFor(String term, String prefix) throws IOException {
        String first = Files.readString(site.resolve("search/index.js"));
        Matcher parts = Pattern.compile("\"parts\":\\[(.*?)]").matcher(first);
        assertThat(parts.find()).isTrue();
        List<String> firsts = Stream.of(parts.group(1).split(",")).map(s -> s.substring(1, s.length() - 1)).toList();
        Set<String> out = new TreeSet<>();
        out.add("t" + partOf(firsts, term));
        for (int i = partOf(firsts, prefix); i < firsts.size() && (i == partOf(firsts, prefix) || firsts.get(i).startsWith(prefix)); i++) {
            out.add("t" + i);
        }
        String encoded = index.encodedPostings().get(term);
        if (encoded.length() > SearchParts.OWN_PART_BYTES) {
            String part = Files.readString(site.resolve("search/t" + partOf(firsts, term) + ".js"));
            Matcher terms = Pattern.compile("\"terms\":\"([^\"]*)\"").matcher(part);
            assertThat(terms.find()).isTrue();
            String previous = "";
            String[] coded = terms.group(1).split(" ");
            for (int k = 0; k < coded.length; k++) {
                String t = previous.substring(0, coded[k].charAt(0) - '0') + coded[k].substring(1);
                if (t.equals(term)) {
                    out.add("t" + partOf(firsts, term) + "-" + k);
                }
                previous = t;
            }
        }
        return out;
    }

    private static int partOf(List<String> firsts, String term) {
        int part = -1;
        while (part + 1 < firsts.size() && firsts.get(part + 1).compareTo(term) <= 0) {
            part++;
        }
        return part;
    }

    /** The paragraph number of a result's link (its paragraph's anchor, or an item's inside it). */
    private static int paragraphOf(String link) {
        String page = link.replaceAll(".*/(documents/[^#]+)#.*", "$1");
        String anchor = link.substring(link.indexOf('#') + 1);
        for (int i = 0; i < index.entries().size(); i++) {
            SearchIndex.IndexedParagraph entry = index.entries().get(i);
            if (index.documents().get(entry.document()).page().equals(page)
                    && (entry.anchor().equals(anchor) || entry.places().stream().anyMatch(p -> p.anchor().equals(anchor)))) {
                return i;
            }
        }
        throw new AssertionError("no paragraph for " + link);
    }

    private static void search(Path root, String query) {
        browser.get(root.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        settled();
    }

    /** Types a query in the search box of the page open, in place of the one there, and waits for its results. */
    private static void type(String query) {
        SearchBox.type(browser, query);
    }

    private static void settled() {
        SearchBox.settled(browser);
    }

    /** The search's status line, as shown. */
    private static String status() {
        return (String) browser.executeScript("return document.getElementById('search-status').innerText;");
    }

    private static List<String> loaded() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.executeScript("return window.dossierSearch.loaded();");
        return names;
    }

    /** The links of the results shown, in order (read in one script: a round trip per result added up). */
    @SuppressWarnings("unchecked")
    private static List<String> resultLinks() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('.search-result > a')).map(a => a.href);");
    }

    /**
     * The status and each result as a reader sees it (its link relative to the site), in order: read in one
     * script, as a round trip to the browser per result cost more than the searches.
     */
    private static List<String> shown(Path root) {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.executeScript("""
                return [document.getElementById('search-status').innerText.trim()].concat(
                    Array.from(document.querySelectorAll('#search-results > li'))
                        .map(li => li.querySelector('a').href.replace(arguments[0], '') + ' ' + li.innerText.trim()));
                """, root.toUri().toString());
        return out;
    }
}
