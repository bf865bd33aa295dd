package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.GeneratedDossier;
import dossier.bench.PageWeight;
import dossier.browser.BakedSite;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 404 page lists the dossier's documents while the home page lists them as one list, and points to the home
 * page's list once the page budget has it grouped by year ({@link PageBudget#documentsPerPart()}): the budget
 * that splits the other pages made from the whole dossier, so the 404 page stays within it at any size.
 */
class NotFoundPageTest {

    /** The smallest budget: the fewest documents that fill the home page's one list. */
    private static final PageBudget SMALLEST = new PageBudget(80);

    @TempDir
    Path dossier;

    @Test
    void a_dossier_the_home_page_lists_as_one_list_has_its_documents_listed_and_one_more_document_is_pointed_to()
            throws IOException {
        int fit = SMALLEST.documentsPerPart();
        SmallDossier.write(dossier.resolve("jbake.properties"), "dossier.page_budget=" + SMALLEST.kilobytes() + "\n");
        Path site = built(fit);
        Document notFound = parse(site.resolve("404.html"));
        assertThat(parse(site.resolve("index.html")).select("[data-document-years]")).as("the home page's one list").isEmpty();
        assertThat(notFound.select(".not-found-documents li a").eachAttr("href")).hasSize(fit)
                .allSatisfy(href -> assertThat(site.resolve(href)).isRegularFile());
        assertThat(notFound.selectFirst(".lede").text()).endsWith("choose a document below.");
        assertThat(PageWeight.withAssets(site.resolve("404.html"))).isLessThanOrEqualTo(SMALLEST.bytes());

        Path grown = built(fit + 1);
        assertThat(parse(grown.resolve("index.html")).select("[data-document-years]")).as("the home page's list by year").hasSize(1);
        assertPointsToTheHomePagesList(grown, fit + 1, SMALLEST);
    }

    @Test
    void the_generated_dossiers_404_page_points_to_the_home_pages_list_and_the_real_dossiers_lists_its_documents() throws IOException {
        assertPointsToTheHomePagesList(GeneratedDossier.get().site(), GeneratedDossier.DOCUMENTS, GeneratedDossier.BUDGET);
        assertThat(parse(BakedSite.realDossier().root().resolve("404.html")).select(".not-found-documents li")).hasSize(5);
    }

    /** Writes {@code count} letters (their symbols S/2021/400 on) into the dossier and builds it: its site. */
    private Path built(int count) {
        for (int i = 0; i < count; i++) {
            String symbol = "S/2021/" + (400 + i);
            SmallDossier.write(dossier.resolve("content/documents/s-2021-" + (400 + i) + ".txt"),
                    SmallDossier.LETTER.replace("S/2021/400", symbol));
        }
        Pipeline.build(SmallDossier.options(dossier));
        return SmallDossier.options(dossier).output();
    }

    private static void assertPointsToTheHomePagesList(Path site, int documents, PageBudget budget) throws IOException {
        Document notFound = parse(site.resolve("404.html"));
        assertThat(notFound.select(".not-found-documents")).isEmpty();
        assertThat(notFound.selectFirst(".lede").text()).endsWith("choose a document.");
        assertThat(notFound.select("a[href$=index.html#documents-heading]")).hasSize(1);
        assertThat(notFound.select("main").text()).contains("The " + documents + " documents of the dossier are listed on the home page");
        assertThat(PageWeight.withAssets(site.resolve("404.html"))).isLessThanOrEqualTo(budget.bytes());
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
