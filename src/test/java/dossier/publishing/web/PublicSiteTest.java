package dossier.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.browser.Sites;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import dossier.publishing.BuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The real dossier published at a public address (canonical links, previews, sitemap, robots.txt, Atom
 * feed, citations) and offline (no absolute address of its own anywhere, in the site or its zip).
 */
@ExtendWith(InBrowser.class)
class PublicSiteTest {

    static final String BASE = "https://dossier.example.org/mali/";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path folder;
    static Path published;

    @BeforeAll
    static void publish() {
        published = folder.resolve("public");
        Pipeline.build(new BuildOptions(Path.of("."), published, Path.of("."), "https://dossier.example.org/mali"));
    }

    @Test
    void every_page_but_the_404_names_its_public_address_as_canonical_and_in_its_preview() throws IOException {
        for (String page : htmlPages(published)) {
            Document html = parse(published.resolve(page));
            if (page.equals(WebPages.NOT_FOUND)) {
                assertThat(html.select("link[rel=canonical]")).as(page).isEmpty();
                assertThat(html.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
                continue;
            }
            assertThat(html.select("link[rel=canonical]").attr("href")).as(page).isEqualTo(BASE + page);
            assertThat(html.select("meta[property=og:url]").attr("content")).as(page).isEqualTo(BASE + page);
            assertThat(html.select("meta[property=og:title]").attr("content")).as(page).isNotBlank();
            assertThat(html.select("meta[name=twitter:card]").attr("content")).as(page).isEqualTo("summary");
            assertThat(html.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo(BASE + "feed.xml");
        }
    }

    @Test
    void a_document_page_has_its_symbol_and_short_title_its_first_sentence_and_a_public_citation() throws IOException {
        Document draft = parse(published.resolve("documents/s-2012-946.html"));
        assertThat(draft.title()).isEqualTo("S/2012/946 · Draft resolution · The Mali crisis, 2012–2023");
        assertThat(draft.select("meta[name=description]").attr("content"))
                .startsWith("The Security Council, Recalling its resolutions 2056 (2012) and 2071 (2012)").hasSizeLessThanOrEqualTo(201);
        assertThat(draft.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(draft.select("meta[property=og:description]").attr("content"))
                .isEqualTo(draft.select("meta[name=description]").attr("content"));
        assertThat(draft.select(".cite .cite-url").text()).isEqualTo(BASE + "documents/s-2012-946.html");

        Document report = parse(published.resolve("documents/s-2012-894.html"));
        assertThat(report.title()).startsWith("S/2012/894 · Report of the Secretary-General on the situation in Mali · ");
        assertThat(report.select("meta[name=description]").attr("content"))
                .isEqualTo("The present report is submitted pursuant to Security Council resolution 2071 (2012), adopted on"
                        + " 12 October 2012, in which the Council requested that I should report on the implementation of the…");
    }

    @Test
    void opened_from_disk_a_published_page_copies_a_paragraphs_public_address(Browser browser) {
        browser.driver().get(published.resolve("documents/s-2012-894.html").toUri().toString());
        Object copied = browser.driver().executeScript("""
                const copied = [];
                if (navigator.clipboard) { navigator.clipboard.writeText = t => { copied.push(t); return Promise.resolve(); }; }
                document.execCommand = () => { copied.push(document.querySelector('textarea').value); return true; };
                document.querySelector('#document-text a.permalink[href="#para-1"]').click();
                return copied;
                """);
        assertThat(copied).isEqualTo(List.of(BASE + "documents/s-2012-894.html#para-1"));
    }

    @Test
    void the_sitemap_lists_exactly_the_pages_that_exist_and_robots_txt_points_to_it() throws Exception {
        NodeList locs = xml(published.resolve(PublicSite.SITEMAP)).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()).toList();
        List<String> pages = htmlPages(published).stream().filter(p -> !p.equals(WebPages.NOT_FOUND)).map(p -> BASE + p).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(pages).contains(BASE + "index.html", BASE + "glossary.html");
        assertThat(Files.readString(published.resolve(PublicSite.ROBOTS))).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void the_feed_is_atom_with_every_document_newest_first() throws Exception {
        org.w3c.dom.Document feed = xml(published.resolve(WebPages.FEED));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        List<String> ids = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            ids.add(text(entry, "id"));
            dates.add(Instant.parse(text(entry, "updated")));
            String page = text(entry, "id").substring(BASE.length());
            assertThat(text(entry, "summary")).as(page)
                    .isEqualTo(parse(published.resolve(page)).select("meta[name=description]").attr("content"));
            assertThat(text(entry, "title")).as(page).isNotBlank();
        }
        List<String> documents = htmlPages(published).stream().filter(p -> p.startsWith("documents/")).map(p -> BASE + p).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(documents);
        assertThat(dates).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(text(feed.getDocumentElement(), "id")).isEqualTo(BASE + "feed.xml");
        assertThat(ids.get(0)).isEqualTo(BASE + "documents/s-2023-463.html");
    }

    @Test
    void the_404_page_offers_the_search_and_every_document_from_the_public_address() throws IOException {
        Document notFound = parse(published.resolve(WebPages.NOT_FOUND));
        assertThat(notFound.select("main form[role=search]").attr("action")).isEqualTo(BASE + "search.html");
        List<String> documents = htmlPages(published).stream().filter(p -> p.startsWith("documents/")).map(p -> BASE + p).toList();
        assertThat(notFound.select("main li a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(documents);
        assertThat(notFound.select("link[rel=stylesheet]").attr("href")).as("styled at any depth").isEqualTo(BASE + "css/dossier.css");
    }

    @Test
    void offline_nothing_in_the_site_or_its_zip_names_an_address_of_its_own(Sites offline) throws IOException {
        for (Path site : List.of(offline.baked().root(), offline.unzipped())) {
            for (String file : List.of(PublicSite.SITEMAP, PublicSite.ROBOTS, WebPages.FEED)) {
                assertThat(site.resolve(file)).as("an offline site has no %s", file).doesNotExist();
            }
            for (String page : htmlPages(site)) {
                Document html = parse(site.resolve(page));
                assertThat(html.select("link[rel=canonical], meta[property^=og:], meta[name^=twitter:]")).as(page).isEmpty();
                for (Element element : html.select("[href], [src], [action], [content]")) {
                    for (String attribute : List.of("href", "src", "action", "content")) {
                        String value = element.attr(attribute);
                        if (value.matches("(?i)(https?:)?//.*")) {
                            assertThat(element.is("a[rel~=(external|nofollow)]"))
                                    .as("%s: only links out of the site are absolute, not %s", page, element.outerHtml()).isTrue();
                            assertThat(value).doesNotContain("example.org");
                        }
                    }
                }
                assertThat(html.select(".cite-url[data-page-url]").text()).as(page)
                        .isEqualTo(page.startsWith("documents/") ? page : "");
            }
            Document notFound = parse(site.resolve(WebPages.NOT_FOUND));
            assertThat(notFound.select("main form[role=search]").attr("action")).isEqualTo("search.html");
            assertThat(notFound.select("main li a")).hasSize((int) htmlPages(site).stream().filter(p -> p.startsWith("documents/")).count());
        }
    }

    @Test
    void an_editors_summary_header_describes_the_page_and_its_feed_entry(@TempDir Path dossier) throws Exception {
        SmallDossier.writeInto(dossier);
        String summary = "The Council's decision to remain seized of the situation in Ruritania.";
        SmallDossier.write(dossier.resolve("content/documents/s-res-9999.txt"),
                SmallDossier.RESOLUTION.replace("kind: resolution\n", "kind: resolution\nsummary: " + summary + "\n"));
        BuildOptions options = SmallDossier.options(dossier);
        Pipeline.build(new BuildOptions(options.source(), options.output(), options.theme(), BASE));

        Document page = parse(options.output().resolve("documents/s-res-9999.html"));
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(summary);
        assertThat(parse(options.output().resolve("documents/s-2021-400.html")).select("meta[name=description]").attr("content"))
                .as("without the header, the first sentence").startsWith("I have the honour to transmit the statement");
        NodeList summaries = xml(options.output().resolve(WebPages.FEED)).getElementsByTagNameNS(ATOM, "summary");
        List<String> inFeed = IntStream.range(0, summaries.getLength()).mapToObj(i -> summaries.item(i).getTextContent()).toList();
        assertThat(inFeed).hasSize(2).contains(summary);
    }

    @Test
    void a_base_url_that_is_not_an_absolute_web_address_stops_the_build_naming_where_it_was_given(@TempDir Path dossier) {
        SmallDossier.writeInto(dossier);
        SmallDossier.write(dossier.resolve("jbake.properties"), "dossier.title=Test\ndossier.base_url=example.org/mali\n");
        assertThatThrownBy(() -> Pipeline.build(SmallDossier.options(dossier)))
                .isInstanceOf(BuildException.class).hasMessageContaining("jbake.properties: dossier.base_url")
                .hasMessageContaining("example.org/mali");
        BuildOptions options = SmallDossier.options(dossier);
        assertThatThrownBy(() -> Pipeline.build(new BuildOptions(options.source(), options.output(), options.theme(), "ftp://x/")))
                .isInstanceOf(BuildException.class).hasMessageContaining("--base-url");
        assertThat(dossier.resolve("output")).doesNotExist();
    }

    private static String text(org.w3c.dom.Element parent, String child) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    private static List<String> htmlPages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
