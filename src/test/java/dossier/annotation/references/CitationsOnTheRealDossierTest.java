package dossier.annotation.references;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.BakedSite;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.rendering.DocumentHtml;
import dossier.rendering.PageWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Mali dossier, baked once: its references as a reader meets them. */
class CitationsOnTheRealDossierTest {

    private static Path site;
    private static BuildOptions options;

    @BeforeAll
    static void bake() {
        site = BakedSite.realDossier().root();
        options = new BuildOptions(Path.of("."), site, Path.of("."));
    }

    private static org.jsoup.nodes.Document page(String file) throws IOException {
        Path path = site.resolve(file);
        return Jsoup.parse(Files.readString(path, StandardCharsets.UTF_8), path.toUri().toString());
    }

    private static Element text(String slug) throws IOException {
        return page("documents/" + slug + ".html").getElementById("document-text");
    }

    /** The list that follows the aside heading {@code heading} ("Cites", "Cited by"). */
    private static Element asideList(String slug, String heading) throws IOException {
        Element h3 = page("documents/" + slug + ".html").select("aside.citations h3").stream()
                .filter(h -> h.text().equals(heading)).findFirst().orElseThrow();
        return h3.nextElementSibling();
    }

    @Test
    void the_draft_resolution_links_to_the_report_it_takes_note_of() throws IOException {
        assertThat(text("s-2012-946").select("a[href=s-2012-894.html]").eachText()).contains("S/2012/894");
    }

    @Test
    void the_draft_resolution_links_to_the_letter_in_the_annex_of_the_first_source() throws IOException {
        Element link = text("s-2012-946").select("a.ref").stream()
                .filter(a -> a.text().endsWith("dated 12 October 2012")).findFirst().orElseThrow();
        String[] href = link.attr("href").split("#", 2);
        assertThat(href[0]).isEqualTo("letter-2012-10-23.html");
        Element target = page("documents/letter-2012-10-23.html").getElementById(href[1]);
        assertThat(target).isNotNull();
        // The annex as the reader marks it, or the annexed letter's title where no annex is marked.
        assertThat(target.id().equals("annex") || target.text().startsWith("Letter dated 12 October 2012")).isTrue();
    }

    @Test
    void the_letter_of_18_september_is_not_in_the_dossier_and_is_not_linked() throws IOException {
        assertThat(text("s-2012-946").select("a.ref").eachText()).noneMatch(t -> t.contains("18 September"));
    }

    @Test
    void resolution_2071_links_to_the_un_resolver_as_an_external_link() throws IOException {
        for (String slug : List.of("s-2012-894", "s-2012-946")) {
            Elements links = text(slug).select("a[href=https://undocs.org/en/S/RES/2071(2012)]");
            assertThat(links).isNotEmpty();
            assertThat(links).allSatisfy(a -> {
                assertThat(a.text()).contains("2071 (2012)");
                assertThat(a.hasClass("ref-external")).isTrue();
                assertThat(a.select("[data-added]").text()).contains("external");
            });
        }
    }

    @Test
    void a_list_of_resolutions_links_each_one() throws IOException {
        assertThat(text("s-2012-946").select("a.ref-external").eachAttr("href")).contains(
                "https://undocs.org/en/S/RES/1267(1999)", "https://undocs.org/en/S/RES/1989(2011)",
                "https://undocs.org/en/S/RES/2083(2012)", "https://undocs.org/en/S/PRST/2012/7",
                "https://undocs.org/en/S/2012/926");
    }

    @Test
    void the_report_lists_the_draft_resolution_under_cited_by_with_the_citing_paragraph() throws IOException {
        Element citedBy = asideList("s-2012-894", "Cited by");
        assertThat(citedBy.select("a[href=s-2012-946.html]").text()).contains("S/2012/946");
        String paragraph = citedBy.select("a[href^=s-2012-946.html#]").attr("href");
        assertThat(paragraph).isNotEmpty();
        assertThat(text("s-2012-946").getElementById(paragraph.substring(paragraph.indexOf('#') + 1)).text())
                .contains("S/2012/894");
    }

    @Test
    void the_human_rights_council_resolution_cites_council_and_assembly_resolutions_by_their_symbols() throws IOException {
        List<String> hrefs = text("a-hrc-res-34-39").select("a.ref-external").eachAttr("href");
        assertThat(hrefs).contains("https://undocs.org/en/A/RES/60/251", "https://undocs.org/en/A/HRC/RES/5/1",
                "https://undocs.org/en/A/HRC/RES/20/17", "https://undocs.org/en/S/RES/2295(2016)");
        assertThat(hrefs).noneMatch(h -> h.endsWith("A/HRC/RES/60/251") || h.endsWith("S/RES/60/251"));
    }

    @Test
    void the_adoption_declared_in_the_header_shows_as_a_link() throws IOException {
        Element relation = page("documents/s-2012-946.html").select("aside.citations .relations li").first();
        assertThat(relation.text()).startsWith("Adopted as S/RES/2085(2012)");
        assertThat(relation.selectFirst("a").attr("href")).isEqualTo("https://undocs.org/en/S/RES/2085(2012)");
    }

    @Test
    void every_link_into_the_dossier_lands_on_an_existing_page_and_paragraph() throws IOException {
        for (Document document : Pipeline.read(options)) {
            for (Element a : text(document.slug()).select("a.ref-dossier, a.ref-paragraph")) {
                String[] href = a.attr("href").split("#", 2);
                String file = href[0].isEmpty() ? document.slug() + ".html" : href[0];
                assertThat(site.resolve("documents").resolve(file)).exists();
                if (href.length == 2) {
                    assertThat(page("documents/" + file).getElementById(href[1])).as(a.attr("href")).isNotNull();
                }
            }
        }
    }

    @Test
    void the_links_change_no_word_of_any_document() throws IOException {
        for (Document document : Pipeline.read(options)) {
            assertThat(PageWords.of(text(document.slug()))).isEqualTo(PageWords.of(DocumentHtml.render(document)));
        }
    }

    @Test
    void the_citations_page_lists_each_cited_document_by_body_and_number_with_its_citing_paragraphs() throws IOException {
        org.jsoup.nodes.Document page = page("citations.html");
        assertThat(page.select("main section h2").eachText())
                .containsSubsequence("Security Council", "General Assembly", "Human Rights Council");
        List<String> security = page.select("#body-security-council ~ .cited-works .cited-name .symbol").eachText();
        assertThat(security).containsSubsequence("S/2012/894", "S/RES/1267(1999)", "S/RES/2071(2012)");
        Element resolution2071 = page.getElementById("cited-s-res-2071-2012");
        assertThat(resolution2071.select(".cited-in > li > a:first-child").eachText())
                .containsExactlyInAnyOrder("S/2012/894", "S/2012/946");
        assertThat(resolution2071.select(".cited-in a[href*=#]")).isNotEmpty();
        assertThat(page.select("figure svg[role=img] title").text()).isNotEmpty();
    }
}
