package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.browser.BakedSite;
import dossier.publishing.BuildException;
import dossier.reading.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole builds, each into a temporary folder: a small dossier of its own, the real one, and failures. The small
 * dossier is built once for the class: the tests that read its site read that one, and those that break a
 * build start from a copy of it (each built it again, five builds of eight).
 */
class PipelineTest {

    @TempDir
    static Path built;
    private static BuildSummary summary;

    @TempDir
    Path dossier;

    @BeforeAll
    static void buildTheSmallDossier() {
        SmallDossier.writeInto(built);
        summary = Pipeline.build(SmallDossier.options(built));
    }

    /** The small dossier as built, in this test's own folder. */
    private void copyTheBuiltDossier() {
        try {
            SmallDossier.copyTree(built, dossier);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSmallDossierBakesIntoAHomeAPagePerDocumentAndItsEditorialPages() throws IOException {
        Path site = built.resolve("output");
        assertThat(summary.documents()).hasSize(2);
        assertThat(summary.oneLine()).matches("Built 2 documents, " + htmlFilesIn(site) + " pages in \\d+\\.\\d s");
        assertThat(site.resolve("documents/s-2021-400.html")).isRegularFile();
        assertThat(site.resolve("documents/s-res-9999.html")).isRegularFile();
        assertThat(site.resolve("pages/about.html")).isRegularFile();

        Document home = parse(site.resolve("index.html"));
        assertThat(home.select("main a[href^=documents/]").eachAttr("href"))
                .as("documents, oldest first").containsExactly("documents/s-2021-400.html", "documents/s-res-9999.html");
        Document about = parse(site.resolve("pages/about.html"));
        assertThat(about.select("main p").text()).contains("a paragraph written over two lines");
        assertThat(about.select("main br")).as("a wrapped Markdown line is not a line break").isEmpty();
        assertThat(home.select("main").text())
                .contains("3 May 2021", "Letter", "S/2021/400", "30 June 2021", "Resolution", "S/RES/9999(2021)",
                        "The situation in Ruritania");
    }

    @Test
    void aDocumentPageHoldsTheSourceTextInOrderAndShowsMarkupAsText() throws IOException {
        Document page = parse(built.resolve("output/documents/s-2021-400.html"));
        Element text = page.getElementById("document-text");
        assertThat(text).isNotNull();
        assertThat(text.text()).containsSubsequence("Letter dated 3 May 2021", "I have the honour",
                "<script>alert(\"not run\")</script>", "circulated as a document of the Security Council.");
        assertThat(text.select("script")).as("source text never becomes markup").isEmpty();
        assertThat(text.text()).as("page furniture is dropped").doesNotContain("21-06512");
        assertThat(page.select("h1").text()).startsWith("Letter dated 3 May 2021");
    }

    @Test
    void everyInternalLinkIsRelativeAndNamesAFile() throws IOException {
        try (Stream<Path> pages = Files.walk(built.resolve("output"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> links = parse(page).select("[href], [src]").stream()
                        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                        .filter(link -> !link.startsWith("https:")).toList();
                assertThat(links).as("links of %s", page).isNotEmpty()
                        .noneMatch(link -> link.startsWith("/") || link.endsWith("/"));
            }
        }
    }

    @Test
    void aFolderHoldingOnlyContentBakesWithTheProjectsTemplatesAndAssets() throws IOException {
        SmallDossier.write(dossier.resolve("content/documents/x.txt"), SmallDossier.LETTER);

        Pipeline.build(SmallDossier.options(dossier));

        Path site = dossier.resolve("output");
        assertThat(site.resolve("documents/x.html")).isRegularFile();
        assertThat(site.resolve("css/dossier.css")).hasSameBinaryContentAs(Path.of("assets/css/dossier.css"));
        assertThat(site.resolve("js/dossier.js")).hasSameBinaryContentAs(Path.of("assets/js/dossier.js"));
        Document page = parse(site.resolve("documents/x.html"));
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("../css/dossier.css");
        assertThat(page.getElementById("document-text").text()).contains("I have the honour");
        assertThat(dossier.resolve("templates")).doesNotExist();
    }

    @Test
    void aBadSourceFailsNamingFileAndLineAndLeavesTheOldSiteByteForByte() {
        copyTheBuiltDossier();
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));
        Path bad = dossier.resolve("content/documents/s-2021-401.txt");
        SmallDossier.write(bad, "---\nsymbol: S/2021/401\ndate: 4 May 2021\n---\n" + SmallDossier.LETTER);

        assertThatThrownBy(() -> Pipeline.build(SmallDossier.options(dossier)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(bad + ":3:")
                .hasMessageContaining("'4 May 2021'");

        assertUnchanged(before);
    }

    @Test
    void aTemplateErrorFailsTheBuildAndLeavesTheOldSite() {
        copyTheBuiltDossier();
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));
        copyTheme("templates");
        SmallDossier.write(dossier.resolve("templates/page.ftlh"), "${content.no_such_value}");

        assertThatThrownBy(() -> Pipeline.build(SmallDossier.options(dossier)))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("no_such_value");

        assertUnchanged(before);
    }

    @Test
    void aBrokenLinkFailsTheBuildNamingPageAndLinkAndLeavesTheOldSite() {
        copyTheBuiltDossier();
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));
        SmallDossier.write(dossier.resolve("content/pages/links.md"), """
                title=Further reading
                type=page
                status=published
                ~~~~~~

                See [the letter](../documents/s-2021-400.html#p-99) and [the home page](/index.html).
                """);

        assertThatThrownBy(() -> Pipeline.build(SmallDossier.options(dossier)))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("2 broken links")
                .hasMessageContaining("pages/links.html: <a> '../documents/s-2021-400.html#p-99'")
                .hasMessageContaining("pages/links.html: <a> '/index.html'");

        assertUnchanged(before);
    }

    /** On the run's second bake of the real dossier (the one the tests that two builds give the same bytes compare). */
    @Test
    void theRealDossierBakesAPageForEachOfItsFiveDocuments() {
        Path site = BakedSite.realDossierAgain().root();

        try (Stream<Path> sources = Files.list(Path.of("content/documents"))) {
            sources.forEach(source -> assertThat(site.resolve("documents/"
                    + source.getFileName().toString().replace(".txt", ".html"))).isRegularFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(parse(site.resolve("index.html")).select("main a[href^=documents/]")).hasSize(5);
        assertThat(site.resolve("pages/about.html")).isRegularFile();
        assertThat(site.resolve("pages/cite.html")).isRegularFile();
    }

    private void assertUnchanged(Map<Path, byte[]> before) {
        Map<Path, byte[]> after = SmallDossier.snapshot(dossier.resolve("output"));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as("%s", file).isEqualTo(bytes));
        try (Stream<Path> beside = Files.list(dossier)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .as("no half-built site is left beside output/").noneMatch(name -> name.startsWith(".output"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void copyTheme(String folder) {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                SmallDossier.write(dossier.resolve(file.toString()), Files.readString(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long htmlFilesIn(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).count();
        }
    }
}
