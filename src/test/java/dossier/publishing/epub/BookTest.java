package dossier.publishing.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.BakedSite;
import dossier.build.BuildOptions;
import dossier.build.DossierSettings;
import dossier.build.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dossier's book, built as `dossier build` builds it (the bake the run shares), checked against its own
 * site (EPUBCheck reads it in {@link EpubCheckTest}).
 */
class BookTest {

    @TempDir
    static Path folder;
    static Path site;
    static Path book;
    static BookFiles files;
    static Map<String, org.jsoup.nodes.Document> chapters;

    @BeforeAll
    static void bakeTheRealDossier() {
        site = BakedSite.realDossier().root();
        book = site.resolve(DossierSettings.load(Path.of(".")).name() + ".epub");
        files = BookFiles.read(book);
        chapters = files.xhtml();
    }

    @Test
    void the_book_has_a_chapter_per_document_and_per_cross_document_page_in_the_site_s_order() throws IOException {
        List<String> documents = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8")
                .select("a[href^=documents/]").eachAttr("href").stream().distinct()
                .map(href -> href.replace(".html", ".xhtml")).toList();
        List<String> spine = files.packageDocument().select("spine > itemref").eachAttr("idref").stream()
                .map(id -> files.packageDocument().getElementById(id).attr("href")).toList();
        assertThat(documents).hasSize(Pipeline.read(options()).size());
        assertThat(spine).startsWith("nav.xhtml").containsSubsequence(documents)
                .contains("glossary.xhtml", "subjects.xhtml", "citations.xhtml", "timeline.xhtml", "notes.xhtml")
                .doesNotContain("search.xhtml", "index.xhtml");
        assertThat(spine.subList(1, documents.size() + 1)).isEqualTo(documents);
    }

    @Test
    void every_anchor_of_every_document_page_is_in_its_chapter() throws IOException {
        int anchors = 0;
        for (Path page : documentPages()) {
            String file = "documents/" + page.getFileName().toString().replace(".html", ".xhtml");
            org.jsoup.nodes.Document chapter = chapters.get(file);
            assertThat(chapter).as(file).isNotNull();
            for (String id : Jsoup.parse(page.toFile(), "UTF-8").select("#document-text [id]").eachAttr("id")) {
                assertThat(chapter.getElementById(id)).as(file + "#" + id).isNotNull();
                anchors++;
            }
            assertThat(chapter.select("#document-text p[id]")).as(file).isNotEmpty();
        }
        assertThat(anchors).isGreaterThan(200);
    }

    @Test
    void every_link_inside_the_book_lands_on_a_file_and_an_anchor_of_the_book() {
        int links = 0;
        for (Map.Entry<String, org.jsoup.nodes.Document> file : chapters.entrySet()) {
            for (Element link : BookFiles.internalLinks(file.getValue())) {
                BookFiles.Target target = BookFiles.target(file.getKey(), link.attr("href"));
                assertThat(BookFiles.lands(chapters, target)).as(file.getKey() + ": " + link.outerHtml()).isTrue();
                links++;
            }
        }
        assertThat(links).isGreaterThan(500);
    }

    @Test
    void references_keep_their_targets_dossier_documents_as_chapter_and_paragraph_others_at_undocs() throws IOException {
        int dossier = 0;
        for (Path page : documentPages()) {
            String file = "documents/" + page.getFileName().toString().replace(".html", ".xhtml");
            List<String> siteLinks = Jsoup.parse(page.toFile(), "UTF-8").select("#document-text a[href].ref").eachAttr("href");
            List<String> bookLinks = chapters.get(file).select("a[href].ref").eachAttr("href");
            assertThat(bookLinks).as(file).isEqualTo(siteLinks.stream().map(h -> h.replace(".html", ".xhtml")).toList());
            dossier += (int) siteLinks.stream().filter(h -> !h.startsWith("https://undocs.org/")).count();
        }
        assertThat(dossier).as("references between documents of the dossier").isPositive();
    }

    @Test
    void every_acronym_use_links_to_its_glossary_entry_the_first_in_a_chapter_as_a_note() throws IOException {
        org.jsoup.nodes.Document glossary = chapters.get("glossary.xhtml");
        int uses = 0;
        for (Path page : documentPages()) {
            String file = "documents/" + page.getFileName().toString().replace(".html", ".xhtml");
            org.jsoup.nodes.Document chapter = chapters.get(file);
            List<String> siteUses = Jsoup.parse(page.toFile(), "UTF-8").select("#document-text a.acronym").eachAttr("data-entry");
            List<Element> bookUses = chapter.select("#document-text a.acronym");
            assertThat(bookUses.stream().map(a -> a.attr("data-entry")).toList()).as(file).isEqualTo(siteUses);
            List<String> noted = new ArrayList<>();
            for (Element use : bookUses) {
                String entry = use.attr("data-entry");
                String href = use.attr("href");
                if (noted.contains(entry)) {
                    assertThat(href).as(file + ": " + use).isEqualTo("../glossary.xhtml#" + entry);
                } else {
                    noted.add(entry);
                    assertThat(use.attr("epub:type")).as(file + ": " + use).isEqualTo("noteref");
                    Element note = chapter.getElementById(href.substring(1));
                    assertThat(note).as(file + ": " + use).isNotNull();
                    assertThat(note.tagName()).isEqualTo("aside");
                    assertThat(note.attr("epub:type")).isEqualTo("footnote");
                    assertThat(note.select("a").eachAttr("href")).containsExactly("../glossary.xhtml#" + entry);
                }
                assertThat(glossary.getElementById(entry)).as(entry).isNotNull();
                uses++;
            }
        }
        assertThat(uses).isGreaterThan(50);
    }

    @Test
    void editors_notes_and_the_index_carry_their_epub_semantics() {
        org.jsoup.nodes.Document index = chapters.get("subjects.xhtml");
        assertThat(index.select("[epub:type]").eachAttr("epub:type")).contains("index");
        List<Element> locators = index.select("a[epub:type]").stream().filter(a -> a.attr("epub:type").equals("index-locator")).toList();
        assertThat(locators).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).startsWith("documents/").contains(".xhtml#"));
        assertThat(chapters.values().stream().flatMap(c -> c.select("aside.editor-note").stream()))
                .isNotEmpty().allSatisfy(note -> assertThat(note.attr("epub:type")).isEqualTo("note"));
    }

    @Test
    void the_book_holds_no_script_and_no_site_furniture() {
        assertThat(files.entries()).noneMatch(name -> name.endsWith(".js"));
        for (Map.Entry<String, org.jsoup.nodes.Document> file : chapters.entrySet()) {
            assertThat(file.getValue().select("script, form, a.permalink, nav.toc")).as(file.getKey()).isEmpty();
            assertThat(file.getValue().getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(file.getKey()).isEmpty();
        }
    }

    @Test
    void mimetype_comes_first_stored_and_every_entry_has_one_fixed_time() throws IOException {
        byte[] bytes = Files.readAllBytes(book);
        assertThat(new String(bytes, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(bytes, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        try (ZipFile zip = new ZipFile(book.toFile())) {
            ZipEntry mimetype = zip.entries().nextElement();
            assertThat(mimetype.getName()).isEqualTo("mimetype");
            assertThat(mimetype.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(mimetype.getExtra()).isNull();
            assertThat(zip.stream().map(ZipEntry::getTimeLocal).distinct()).hasSize(1);
        }
    }

    @Test
    void two_builds_of_the_same_sources_give_the_same_bytes() throws IOException {
        Path again = BakedSite.realDossierAgain().root();
        assertThat(Files.mismatch(book, again.resolve(book.getFileName()))).isEqualTo(-1L);
    }

    @Test
    void the_metadata_names_the_dossier_and_dates_the_book_by_its_latest_source_not_the_clock() {
        org.jsoup.nodes.Document opf = files.packageDocument();
        DossierSettings settings = DossierSettings.load(Path.of("."));
        assertThat(opf.selectFirst("dc|title").text()).isEqualTo(settings.title());
        assertThat(opf.selectFirst("dc|language").text()).isEqualTo("en");
        assertThat(opf.selectFirst("dc|identifier").text()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        LocalDate latest = Pipeline.read(options()).stream().map(d -> d.metadata().date()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(opf.selectFirst("meta[property=dcterms:modified]").text()).isEqualTo(latest + "T00:00:00Z");
    }

    @Test
    void the_home_page_and_the_404_page_offer_the_book_with_its_size() throws IOException {
        for (String page : List.of("index.html", "404.html")) {
            Element offer = Jsoup.parse(site.resolve(page).toFile(), "UTF-8").selectFirst("[data-book-download]");
            assertThat(offer).as(page).isNotNull();
            assertThat(offer.hasAttr("hidden")).as(page).isFalse();
            assertThat(offer.selectFirst("a").attr("href")).as(page).isEqualTo(book.getFileName().toString());
            assertThat(offer.text()).as(page).contains("(EPUB, " + Math.round(Files.size(book) / 1024.0) + " KB)");
        }
    }

    @Test
    void the_zip_for_offline_reading_does_not_hold_the_book() throws IOException {
        try (ZipFile zip = new ZipFile(site.resolve(book.getFileName().toString().replace(".epub", ".zip")).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(name -> name.endsWith(".epub"));
        }
    }

    private static BuildOptions options() {
        return new BuildOptions(Path.of("."), folder.resolve("unused"), Path.of("."));
    }

    private static List<Path> documentPages() throws IOException {
        try (Stream<Path> pages = Files.list(site.resolve("documents"))) {
            return pages.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
