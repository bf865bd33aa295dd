package dossier.annotation.index;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.Ledger;
import dossier.annotation.acronyms.Glossary;
import dossier.browser.BakedSite;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.PageAddress;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.model.Folding;
import dossier.rendering.DocumentHtml;
import dossier.rendering.PageWords;
import dossier.rendering.RenderedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index of the real Mali dossier, as a reader gets it on the baked site. */
class IndexSiteTest {

    static Path site;
    static org.jsoup.nodes.Document indexPage;
    static DossierIndex index;
    static final Map<String, org.jsoup.nodes.Document> pages = new HashMap<>();

    @BeforeAll
    static void bake() throws IOException {
        site = BakedSite.realDossier().root();
        BuildOptions options = new BuildOptions(Path.of("."), site, Path.of("."));
        indexPage = Jsoup.parse(site.resolve(PageAddress.SUBJECTS).toFile());
        List<Document> documents = Pipeline.read(options);
        index = DossierIndex.learn(documents, Path.of("content"), Glossary.learn(documents, Path.of("content")), new Ledger());
        documents.forEach(d -> RenderedText.of(d, List.of(index.annotator())));
    }

    private static org.jsoup.nodes.Document page(String file) {
        return pages.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(site.resolve(f).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static IndexEntry entry(String heading) {
        return index.entries().stream().filter(e -> e.heading().equals(heading)).findFirst().orElseThrow();
    }

    @Test
    void ecowas_is_located_in_every_paragraph_that_names_it_the_ecowas_mediators_included() {
        List<Document> documents = Pipeline.read(new BuildOptions(Path.of("."), site, Path.of(".")));
        IndexEntry ecowas = entry("Economic Community of West African States");
        List<String> variants = ecowas.variants().stream().map(Folding::phrase).toList();
        List<String> naming = new ArrayList<>();
        for (Document document : documents) {
            // Named by the acronym or by a long form, in English or French.
            DocumentText.of(document).paragraphs().stream().filter(p -> variants.stream().anyMatch(Folding.phrase(p.text())::contains))
                    .forEach(p -> naming.add(document.slug() + "#" + p.anchor()));
        }
        List<String> located = index.locators(ecowas.id()).stream().map(l -> l.slug() + "#" + l.anchor()).toList();

        assertThat(naming).contains("s-2012-894#para-37", "s-2012-894#para-38").hasSizeGreaterThan(30);
        assertThat(located).containsAll(naming);
        assertThat(index.locators(entry("Compaoré, Blaise").id())).extracting(Locator::anchor).contains("para-37", "para-38");
    }

    @Test
    void sanogos_entry_gathers_his_variants_and_links_to_the_paragraphs_of_s_2012_894_that_name_him() {
        IndexEntry sanogo = entry("Sanogo, Amadou Haya");
        assertThat(sanogo.category()).isEqualTo(Category.PERSON);
        assertThat(sanogo.variants()).contains("Amadou Haya Sanogo", "Captain Amadou Sanogo", "Capt. Sanogo");

        Element shown = indexPage.getElementById(sanogo.id());
        assertThat(shown.selectFirst("h3").text()).isEqualTo("Sanogo, Amadou Haya");
        assertThat(shown.select(".index-locators a")).extracting(a -> a.attr("href") + " " + a.text()).containsExactly(
                "documents/s-2012-894.html#para-5 S/2012/894, para. 5",
                "documents/s-2012-894.html#para-9 S/2012/894, para. 9",
                "documents/s-2012-894.html#para-36 S/2012/894, para. 36");
    }

    @Test
    void timbuktu_holds_tombouctou_and_the_french_name_leads_to_it() {
        assertThat(entry("Timbuktu").variants()).contains("Tombouctou");
        assertThat(indexPage.select(".index-see")).filteredOn(p -> p.text().startsWith("Tombouctou see")).singleElement()
                .satisfies(p -> assertThat(p.selectFirst("a").attr("href")).isEqualTo("#" + entry("Timbuktu").id()));
    }

    @Test
    void ecowas_is_an_organization_entry_taken_from_the_glossary() {
        IndexEntry ecowas = entry("Economic Community of West African States");
        assertThat(ecowas.category()).isEqualTo(Category.ORGANIZATION);
        assertThat(ecowas.variants()).contains("ECOWAS", "Communauté économique des États de l’Afrique de l’Ouest");
        assertThat(indexPage.getElementById(ecowas.id()).hasClass("index-organization")).isTrue();
        assertThat(indexPage.select(".index-see")).extracting(Element::text)
                .contains("ECOWAS see Economic Community of West African States");
    }

    @Test
    void every_locator_lands_on_a_paragraph_holding_one_of_its_entrys_variants() {
        int checked = 0;
        for (IndexEntry entry : index.entries()) {
            List<String> variants = entry.variants().stream().map(Folding::phrase).toList();
            for (Element link : indexPage.getElementById(entry.id()).select(".index-locators a")) {
                if (!link.closest("article").id().equals(entry.id())) {
                    continue; // a sub-entry's locator: checked with the sub-entry
                }
                String[] target = link.attr("href").split("#");
                String words = Folding.phrase(PageWords.of(page(target[0]).getElementById(target[1])));
                assertThat(variants).as("%s at %s", entry.label(), link.attr("href")).anyMatch(words::contains);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(index.locatorCount());
    }

    @Test
    void a_document_page_lists_the_entries_it_speaks_of_linked_to_the_index() {
        Element aside = page("documents/s-2012-894.html").selectFirst("aside.index-aside");
        assertThat(aside.select("a")).extracting(a -> a.attr("href"))
                .contains("../subjects.html#" + entry("Sanogo, Amadou Haya").id(), "../subjects.html#" + entry("Timbuktu").id());
        assertThat(page("documents/s-2023-463.html").select("aside.index-aside a")).extracting(Element::text)
                .contains("United Nations Multidimensional Integrated Stabilization Mission in Mali")
                .doesNotContain("Sanogo, Amadou Haya");
    }
}
