package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.BakedSite;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.publishing.Json;
import dossier.rendering.RenderPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the index on the real dossier, written small (parts of 1 KB, postings of more than 100
 * characters apart) so that its few documents make many, and read back as the page reads them.
 */
class SearchPartsTest {

    private static final int PART = 1024;
    private static final int OWN = 100;
    private static final Pattern STRING = Pattern.compile("\"(terms|postings)\":\"([^\"]*)\"");

    @TempDir
    static Path folder;
    static SearchIndex index;
    static Path parts;
    static SearchParts.Size size;

    @BeforeAll
    static void write() {
        Path site = BakedSite.realDossier().root();
        List<Document> documents = RenderPlan.order(Pipeline.read(new BuildOptions(Path.of("."), folder.resolve("unused"), Path.of("."))));
        index = ModelIndex.of(documents, Path.of("content"));
        size = new SearchParts(index, PART, OWN).write(folder);
        parts = folder.resolve(SearchParts.FOLDER);
    }

    @Test
    void every_term_is_in_one_part_by_its_first_letters_with_the_postings_the_index_holds() throws IOException {
        Map<String, String> read = readTerms();
        for (String term : index.encodedPostings().keySet()) {
            assertThat(read.get(term)).as(term).isEqualTo(index.encodedPostings().get(term));
        }
        assertThat(read.keySet().stream().filter(t -> !t.startsWith(SearchParts.DOCUMENT) && !t.startsWith(SearchParts.EXPANSION)))
                .hasSize(index.encodedPostings().size());
        assertThat(read.values()).as("long postings have parts of their own").anyMatch(v -> v.length() > OWN);
    }

    @Test
    void an_acronym_with_a_long_postings_word_in_its_expansion_has_that_expansion_condensed() throws IOException {
        Map<String, String> read = readTerms();
        Map<String, String> condensed = index.expansionPostings(SearchParts.EXPANSION, OWN);
        assertThat(condensed).isNotEmpty();
        assertThat(read).containsAllEntriesOf(condensed);
        assertThat(read.keySet().stream().filter(t -> t.startsWith(SearchParts.EXPANSION))).hasSize(condensed.size());
        for (String key : condensed.keySet()) {
            String acronym = key.substring(1, key.indexOf(SearchParts.EXPANSION, 1));
            assertThat(index.acronyms().get(acronym)).as(key).anyMatch(word -> index.encodedPostings().get(word).length() > OWN);
        }
    }

    @Test
    void a_document_symbol_names_the_document_and_its_paragraphs() throws IOException {
        Map<String, String> read = readTerms();
        for (int d = 0; d < index.documents().size(); d++) {
            if (index.documents().get(d).symbol().isEmpty()) {
                continue;
            }
            int number = d;
            List<Integer> paragraphs = new ArrayList<>();
            for (int e = 0; e < index.entries().size(); e++) {
                if (index.entries().get(e).document() == number) {
                    paragraphs.add(e);
                }
            }
            String key = SearchParts.DOCUMENT + SearchTerms.symbol(index.documents().get(d).symbol());
            assertThat(read.get(key)).as(key).isEqualTo(d + "," + paragraphs.get(0) + "," + paragraphs.size());
        }
    }

    /** Every term of the term parts with its value, read as the page reads them (postings of their own resolved). */
    private static Map<String, String> readTerms() throws IOException {
        List<String> firsts = firstTerms();
        assertThat(firsts).hasSizeGreaterThan(20).isSorted().doesNotHaveDuplicates();
        Map<String, String> read = new LinkedHashMap<>();
        for (int part = 0; part < firsts.size(); part++) {
            String script = Files.readString(parts.resolve("t" + part + ".js"));
            assertThat(script.length()).as("t%d", part).isLessThan(PART + OWN + 200);
            Matcher strings = STRING.matcher(script);
            assertThat(strings.find()).isTrue();
            String[] terms = strings.group(2).split(" ");
            assertThat(strings.find()).isTrue();
            String[] values = strings.group(2).split(" ");
            assertThat(values).hasSameSizeAs(terms);
            String previous = "";
            for (int k = 0; k < terms.length; k++) {
                String term = previous.substring(0, terms[k].charAt(0) - '0') + terms[k].substring(1);
                assertThat(term).as("a part's terms start at its first term and end before the next part's")
                        .isGreaterThanOrEqualTo(firsts.get(part));
                if (part + 1 < firsts.size()) {
                    assertThat(term).isLessThan(firsts.get(part + 1));
                }
                String value = values[k];
                if (value.charAt(0) == SearchParts.OWN) {
                    String own = Files.readString(parts.resolve("t" + part + "-" + k + ".js"));
                    String postings = own.substring(own.indexOf("]=\"") + 3, own.lastIndexOf('"'));
                    assertThat(Integer.parseInt(value.substring(1))).as("the count of %s", term).isEqualTo(index.postings(term).size());
                    value = postings;
                }
                read.put(term, value);
                previous = term;
            }
        }
        return read;
    }

    @Test
    void every_paragraph_is_in_its_text_part_in_order_with_its_document() throws IOException {
        List<SearchIndex.IndexedParagraph> entries = index.entries();
        for (int e = 0; e < entries.size(); e++) {
            String part = Files.readString(parts.resolve("x" + e / SearchParts.PARAGRAPHS_PER_TEXT + ".js"));
            SearchIndex.IndexedParagraph entry = entries.get(e);
            assertThat(part).contains(Json.quote(entry.text()), Json.quote(entry.anchor()),
                    "\"" + entry.document() + "\":[" + Json.quote(index.documents().get(entry.document()).page()));
        }
        try (var files = Files.list(parts)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("x")).count())
                    .isEqualTo((entries.size() + SearchParts.PARAGRAPHS_PER_TEXT - 1) / SearchParts.PARAGRAPHS_PER_TEXT);
        }
        assertThat(size.textBytes()).isLessThan(size.fileBytes());
    }

    private static List<String> firstTerms() throws IOException {
        Matcher parts = Pattern.compile("\"parts\":\\[(.*?)]").matcher(Files.readString(SearchPartsTest.parts.resolve("index.js")));
        assertThat(parts.find()).isTrue();
        return List.of(parts.group(1).split(",")).stream().map(s -> s.substring(1, s.length() - 1)).toList();
    }
}
