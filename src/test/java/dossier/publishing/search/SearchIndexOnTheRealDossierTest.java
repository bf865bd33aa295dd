package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.BakedSite;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.AnchorLabels;
import dossier.model.Document;
import dossier.rendering.RenderPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the build writes for the real dossier (content/documents/*.txt). */
class SearchIndexOnTheRealDossierTest {

    /** Anchors of the page contract: paragraphs, sub-paragraphs, preambular paragraphs, headings, annexes. */
    private static final Pattern CONTRACT_ANCHOR = Pattern.compile("(para|pp|p|annex-p)-\\d+(-[a-z0-9]+)*|sec-.+|annex");

    @TempDir
    static Path folder;
    static Path site;
    static List<Document> documents;
    static SearchIndex index;

    @BeforeAll
    static void bake() {
        site = BakedSite.realDossier().root();
        BuildOptions options = new BuildOptions(Path.of("."), site, Path.of("."));
        documents = RenderPlan.order(Pipeline.read(options));
        index = ModelIndex.of(documents, Path.of("content"));
    }

    @Test
    void the_build_writes_the_index_of_its_own_pages() throws IOException {
        Path again = folder.resolve("again");
        index.write(again);
        try (Stream<Path> parts = Files.list(site.resolve(SearchParts.FOLDER))) {
            for (Path part : parts.toList()) {
                assertThat(part).hasSameTextualContentAs(again.resolve(SearchParts.FOLDER).resolve(part.getFileName()));
            }
        }
    }

    @Test
    void an_acronyms_expansion_is_indexed_as_its_words_postings_in_the_paragraphs_holding_every_word() {
        assertThat(index.acronyms()).isNotEmpty();
        SortedMap<String, String> expansions = index.expansionPostings("=", 0);
        int found = 0;
        for (var acronym : index.acronyms().entrySet()) {
            List<String> words = acronym.getValue().stream().distinct().toList();
            Set<Integer> everyWord = new TreeSet<>(index.postings(words.get(0)).keySet());
            words.forEach(w -> everyWord.retainAll(index.postings(w).keySet()));
            found += everyWord.isEmpty() ? 0 : 1;
            for (String word : words) {
                String key = "=" + acronym.getKey() + "=" + word;
                Map<Integer, Integer> expected = new LinkedHashMap<>(index.postings(word));
                expected.keySet().retainAll(everyWord);
                assertThat(expansions.containsKey(key)).as(key).isEqualTo(!everyWord.isEmpty());
                if (!everyWord.isEmpty()) {
                    assertThat(SearchIndex.decode(expansions.get(key))).as(key).isEqualTo(expected);
                }
            }
        }
        assertThat(found).as("acronyms whose expansion some paragraph holds").isPositive();
    }

    @Test
    void every_anchored_paragraph_of_every_document_is_an_entry_naming_its_document() throws IOException {
        for (int d = 0; d < documents.size(); d++) {
            Document document = documents.get(d);
            SearchIndex.IndexedDocument indexed = index.documents().get(d);
            assertThat(indexed.symbol()).isEqualTo(document.metadata().symbol());
            Element text = Jsoup.parse(site.resolve(indexed.page()).toFile(), "UTF-8").getElementById("document-text");
            Set<String> anchors = text.select("[id]").stream().filter(Element::isBlock).map(Element::id)
                    .filter(id -> CONTRACT_ANCHOR.matcher(id).matches()).collect(Collectors.toSet());
            int number = d;
            List<SearchIndex.IndexedParagraph> entries = index.entries().stream().filter(e -> e.document() == number).toList();
            assertThat(anchors).as(document.slug()).isNotEmpty();
            assertThat(entries).extracting(SearchIndex.IndexedParagraph::anchor).as(document.slug()).containsAll(anchors);
            for (SearchIndex.IndexedParagraph entry : entries) {
                assertThat(text.getElementById(entry.anchor())).as(entry.anchor()).isNotNull();
                assertThat(entry.label()).isNotBlank();
            }
        }
    }

    @Test
    void an_item_printed_inside_its_paragraph_is_a_place_a_result_can_land_on_and_its_words_are_indexed_once()
            throws IOException {
        int inline = 0;
        for (int d = 0; d < documents.size(); d++) {
            Element text = Jsoup.parse(site.resolve(index.documents().get(d).page()).toFile(), "UTF-8")
                    .getElementById("document-text");
            int number = d;
            List<SearchIndex.IndexedParagraph> entries = index.entries().stream().filter(e -> e.document() == number).toList();
            for (Element item : text.select("[id]").stream().filter(e -> !e.isBlock())
                    .filter(e -> CONTRACT_ANCHOR.matcher(e.id()).matches()).toList()) {
                inline++;
                assertThat(entries).extracting(SearchIndex.IndexedParagraph::anchor).as("no entry of its own").doesNotContain(item.id());
                List<SearchIndex.IndexedParagraph> holding = entries.stream()
                        .filter(e -> e.places().stream().anyMatch(p -> p.anchor().equals(item.id()))).toList();
                assertThat(holding).as(item.id()).hasSize(1);
                SearchIndex.IndexedParagraph entry = holding.get(0);
                PageParagraphs.InnerAnchor place = entry.places().stream().filter(p -> p.anchor().equals(item.id())).findFirst().orElseThrow();
                assertThat(item.closest("[id=" + entry.anchor() + "]")).as("inside its paragraph").isNotNull();
                String words = entry.text().substring(place.offset());
                assertThat(words).as(item.id()).startsWith(item.ownText());
                assertThat(place.label()).isEqualTo(AnchorLabels.label(item.id()));
                String itemWords = words.substring(0, Math.min(words.length(), 60));
                assertThat(entries.stream().mapToInt(e -> count(e.text(), itemWords)).sum())
                        .as("the words of " + item.id() + " are indexed once").isEqualTo(1);
            }
        }
        assertThat(inline).as("S/2012/946 prints items inside paragraphs 10 and 23").isGreaterThanOrEqualTo(4);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void negotiation_finds_every_paragraph_naming_negotiations() {
        assertThat(paragraphsWithTerm("negotiation")).isNotEmpty()
                .isEqualTo(paragraphsMatching("(?i)\\bnegotiations?\\b"));
    }

    @Test
    void traore_without_accent_finds_traore_with_it() {
        assertThat(paragraphsWithTerm("Traore")).isNotEmpty().isEqualTo(paragraphsMatching("Traoré"));
    }

    @Test
    void ecowas_finds_every_paragraph_naming_it() {
        assertThat(paragraphsWithTerm("ECOWAS")).hasSizeGreaterThan(10).isEqualTo(paragraphsMatching("ECOWAS"));
    }

    @Test
    void a_un_symbol_cited_in_the_text_is_a_term_and_every_document_symbol_is_listed() {
        assertThat(paragraphsWithTerm("S/2012/894")).isNotEmpty().isEqualTo(paragraphsMatching("S/2012/894"));
        assertThat(index.documents()).extracting(SearchIndex.IndexedDocument::symbol)
                .containsAll(documents.stream().map(d -> d.metadata().symbol()).filter(s -> !s.isEmpty()).toList());
    }

    @Test
    void the_inverted_index_is_at_most_30_percent_of_the_text_it_indexes() {
        SearchParts.Size size = index.size();
        assertThat(size.termShare()).as(size.toString()).isLessThanOrEqualTo(0.30);
    }

    @Test
    void only_the_search_page_loads_the_index() throws IOException {
        try (Stream<Path> pages = Files.walk(site)) {
            List<String> loading = pages.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> read(p).contains(SearchParts.FOLDER + "/")).map(p -> site.relativize(p).toString()).toList();
            assertThat(loading).containsExactly("search.html");
        }
    }

    @Test
    void without_javascript_the_search_page_points_to_the_document_list() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(site.resolve("search.html").toFile(), "UTF-8");
        Element noscript = Jsoup.parse(page.selectFirst("noscript").html()).body();
        assertThat(noscript.text()).contains("Search needs JavaScript");
        assertThat(noscript.select("a").eachAttr("href")).contains("index.html");
        assertThat(page.select("form[action=search.html] input[name=q]")).hasSize(1);
    }

    private static Set<Integer> paragraphsWithTerm(String query) {
        return index.postings(SearchTerms.terms(query).get(0)).keySet();
    }

    private static Set<Integer> paragraphsMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return IntStream.range(0, index.entries().size()).filter(i -> pattern.matcher(index.entries().get(i).text()).find())
                .boxed().collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
