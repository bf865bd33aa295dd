package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.publishing.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path site;
    private final SearchIndex index = FixtureSite.acronymsAndRanking();

    @Test
    void one_entry_per_anchored_paragraph_naming_its_document_anchor_and_label() {
        assertThat(index.entries()).extracting(e -> index.documents().get(e.document()).symbol() + " " + e.anchor() + " " + e.label())
                .containsExactly("S/2099/1 para-1 para. 1", "S/2099/1 para-2 para. 2", "S/2099/1 para-3 para. 3",
                        "S/2099/2 para-1 para. 1");
        assertThat(index.entries().get(0).text()).isEqualTo("1. The mediator of ECOWAS met the parties in Ouagadougou.");
        assertThat(index.documents()).extracting(SearchIndex.IndexedDocument::page)
                .containsExactly("documents/fixture-a.html", "documents/fixture-b.html");
    }

    @Test
    void an_acronym_marked_in_the_text_is_indexed_with_its_expansion() {
        String ecowas = SearchTerms.terms("ECOWAS").get(0);
        assertThat(index.acronyms()).containsEntry(ecowas, SearchTerms.terms("Economic Community of West African States"));
        assertThat(index.acronyms().get(ecowas)).containsExactly("economic", "community", "west", "african", "state");
        // The paragraph that only says "ECOWAS" is found by the words of the expansion, like the one spelling it out.
        assertThat(index.postings("economic").keySet()).containsExactly(0, 1);
        assertThat(index.postings(ecowas).keySet()).containsExactly(0);
    }

    @Test
    void a_paragraph_naming_a_term_often_and_early_weighs_more_than_a_passing_mention() {
        Map<Integer, Integer> mediator = index.postings("mediator");
        assertThat(mediator.get(2)).as("named three times, early").isGreaterThan(mediator.get(3));
        assertThat(mediator.get(0)).as("named once, early").isGreaterThan(mediator.get(3));
        assertThat(SearchIndex.weight(3, 0)).isGreaterThan(SearchIndex.weight(1, 0));
        assertThat(SearchIndex.weight(1, 0)).isGreaterThan(SearchIndex.weight(1, 40));
    }

    @Test
    void the_index_is_scripts_that_register_themselves_so_that_they_load_from_disk() throws Exception {
        SearchParts.Size size = index.write(site);
        Path folder = site.resolve(SearchParts.FOLDER);
        String first = Files.readString(folder.resolve("index.js"));
        assertThat(first).startsWith("(window.dossierSearchParts=window.dossierSearchParts||{})[\"index\"]={")
                .contains(Json.quote(SearchTerms.terms("ECOWAS").get(0)) + ":[\"economic\"");
        assertThat(Files.readString(folder.resolve("x0.js"))).contains("\"S/2099/1\"").contains("\"para-3\"");
        long bytes;
        try (var files = Files.list(folder)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(size.fileBytes()).isEqualTo(bytes);
    }
}
