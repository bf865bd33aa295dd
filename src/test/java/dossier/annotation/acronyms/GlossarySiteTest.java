package dossier.annotation.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.Ledger;
import dossier.browser.BakedSite;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.rendering.DocumentHtml;
import dossier.rendering.RenderedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The glossary of the real Mali dossier, baked as a reader gets it. */
class GlossarySiteTest {

    static Path site;
    static org.jsoup.nodes.Document glossaryPage;
    static Map<String, org.jsoup.nodes.Document> documentPages = new HashMap<>();

    @BeforeAll
    static void bake() throws IOException {
        site = BakedSite.realDossier().root();
        glossaryPage = Jsoup.parse(site.resolve("glossary.html").toFile());
        try (Stream<Path> pages = Files.list(site.resolve("documents"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                documentPages.put(page.getFileName().toString().replace(".html", ""), Jsoup.parse(page.toFile()));
            }
        }
    }

    @Test
    void every_acronym_of_the_sources_has_an_entry_with_the_right_expansion() {
        Map<String, String> expected = Map.of(
                "ECOWAS", "Economic Community of West African States",
                "MNLA", "Mouvement national pour la libération de l’Azawad",
                "AQIM", "Al-Qaida in the Islamic Maghreb",
                "MUJAO", "Mouvement pour l’unicité et le jihad en Afrique de l’Ouest",
                "MUJWA", "Movement of Unity and Jihad in Western Africa",
                "AFISMA", "African-led International Support Mission in Mali",
                "MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali",
                "NATO", "North Atlantic Treaty Organization",
                "OIC", "Organization of Islamic Cooperation",
                "CFA", "Communauté financière africaine");
        expected.forEach((acronym, expansion) -> {
            Element entry = glossaryPage.select("article.glossary-entry").stream()
                    .filter(e -> e.select("h3 abbr").eachText().contains(acronym)).findFirst().orElse(null);
            assertThat(entry).as(acronym).isNotNull();
            assertThat(entry.select(".expansions dd").eachText()).as(acronym).contains(expansion);
        });
    }

    @Test
    void nothing_in_the_sources_that_looks_like_an_acronym_is_left_unexplained() {
        List<Document> documents = Pipeline.read(new BuildOptions(Path.of("."), site, Path.of(".")));
        AcronymAnnotator annotator = Glossary.learn(documents, Path.of("content")).annotator(new Ledger());
        documents.forEach(document -> RenderedText.of(document, List.of(annotator)));
        Glossary glossary = annotator.withUses();

        assertThat(glossary.unexplained()).isEmpty();
        assertThat(glossary.notInEditorFile()).isEmpty();
        assertThat(glossary.entries()).allSatisfy(e -> assertThat(e.description()).as(e.acronym()).isNotBlank());
        // Every definition the documents give is an expansion of the editor's file, or one variant the
        // draft resolution writes: no words of the sentence around a definition taken for its long form.
        assertThat(glossary.entries().stream().flatMap(e -> e.writtenForms().stream()))
                .containsExactly("Al-Qaida in Islamic Maghreb");
        assertThat(glossary.entries()).filteredOn(e -> !e.acronym().equals("CFA"))
                .allSatisfy(e -> assertThat(e.definitions()).as(e.acronym()).isNotEmpty());
    }

    @Test
    void mujao_and_mujwa_lead_to_one_entry() {
        Map<String, List<String>> hrefs = documentPages.values().stream()
                .flatMap(page -> page.select("#document-text a.acronym abbr").stream())
                .filter(abbr -> abbr.text().startsWith("MUJ"))
                .collect(Collectors.groupingBy(Element::text, Collectors.mapping(a -> a.parent().attr("href"), Collectors.toList())));

        assertThat(hrefs).containsOnlyKeys("MUJAO", "MUJWA");
        assertThat(hrefs.values().stream().flatMap(List::stream).distinct()).containsExactly("../glossary.html#mujao");
        assertThat(glossaryPage.select("#mujao .uses > ul > li").eachText()).anySatisfy(line -> assertThat(line).startsWith("S/2012/946 (as MUJWA)"));
    }

    @Test
    void the_uses_counted_on_the_glossary_page_are_the_uses_marked_on_the_document_pages() {
        int counted = 0;
        for (Element entry : glossaryPage.select("article.glossary-entry")) {
            for (Element document : entry.select(".uses > ul > li")) {
                String slug = document.selectFirst("a").attr("href").replace("documents/", "").replace(".html", "");
                int count = Integer.parseInt(document.selectFirst(".use-count").attr("data-count"));
                assertThat(documentPages.get(slug).select("#document-text [data-entry=" + entry.id() + "]"))
                        .as(entry.id() + " in " + slug).hasSize(count);
                counted += count;
                // Every back-link leads to an element of the page that uses the entry.
                for (Element link : document.select(".use-places a")) {
                    String anchor = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
                    Element paragraph = documentPages.get(slug).getElementById(anchor);
                    assertThat(paragraph).as(link.attr("href")).isNotNull();
                    assertThat(paragraph.select("[data-entry=" + entry.id() + "]")).as(link.attr("href")).isNotEmpty();
                }
            }
        }
        int marked = documentPages.values().stream().mapToInt(p -> p.select("#document-text [data-entry]").size()).sum();
        int abbrs = documentPages.values().stream().mapToInt(p -> p.select("#document-text abbr").size()).sum();
        int longForms = documentPages.values().stream().mapToInt(p -> p.select("#document-text .acronym-long").size()).sum();
        assertThat(counted).isEqualTo(marked).isEqualTo(abbrs + longForms).isGreaterThan(100);
    }

    @Test
    void each_abbr_carries_its_expansion_and_links_to_an_entry_of_the_glossary() {
        documentPages.values().stream().flatMap(p -> p.select("#document-text a.acronym").stream()).forEach(a -> {
            String id = a.attr("href").replace("../glossary.html#", "");
            Element entry = glossaryPage.getElementById(id);
            assertThat(entry).as(a.attr("href")).isNotNull();
            assertThat(a.attr("data-expansion")).isNotBlank();
            if (a.selectFirst("abbr") != null) {
                assertThat(a.selectFirst("abbr").attr("title")).isEqualTo(a.attr("data-expansion"));
                assertThat(entry.select(".expansions dd").eachText()).contains(a.attr("data-expansion"));
            }
        });
    }

    @Test
    void the_long_form_in_the_human_rights_council_resolution_is_a_use_of_minusma() {
        assertThat(documentPages.get("a-hrc-res-34-39").select("#document-text .acronym-long[data-entry=minusma]")).isNotEmpty();
        assertThat(documentPages.get("a-hrc-res-34-39").select("#document-text abbr")).isEmpty();
    }

    @Test
    void each_document_page_lists_the_acronyms_it_uses() {
        documentPages.forEach((slug, page) -> {
            List<String> used = page.select("#document-text [data-entry]").eachAttr("data-entry").stream().distinct().sorted().toList();
            List<String> listed = page.select("aside.acronyms-aside dt a").eachAttr("href").stream()
                    .map(h -> h.replace("../glossary.html#", "")).sorted().toList();
            assertThat(listed).as(slug).containsAll(used);
            // Listed but not marked: only acronyms the document spells out and never uses again.
            listed.stream().filter(id -> !used.contains(id)).forEach(id -> assertThat(page.select("aside.acronyms-aside dt:has(a[href$=#" + id
                    + "]) + dd").text()).as(slug + " " + id).contains("spelled out here"));
        });
        assertThat(documentPages.get("s-2012-894").select("aside.acronyms-aside h2").text()).isEqualTo("Acronyms in this document");
    }

    @Test
    void the_glossary_is_a_to_z_and_its_yaml_file_is_not_a_page() {
        assertThat(glossaryPage.select("nav.letter-nav li")).hasSize(26);
        assertThat(glossaryPage.select("nav.letter-nav a").eachText()).containsExactly("A", "C", "E", "M", "N", "O");
        assertThat(glossaryPage.select(".defined a").first().attr("href")).startsWith("documents/");
        assertThat(site.resolve("glossary.yml")).doesNotExist();
        assertThat(glossaryPage.select("article.glossary-entry")).hasSize(9);
    }
}
