package dossier.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.BakedSite;
import dossier.build.DossierSettings;
import dossier.rendering.DownloadOffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineZipTest {

    @TempDir
    static Path folder;
    static Path site;
    static String name;
    static Path zip;
    /** The site unzipped from the zip: the folder an offline reader opens. */
    static Path unzipped;

    @BeforeAll
    static void bakeTheRealDossier() throws IOException {
        site = BakedSite.realDossier().root();
        name = DossierSettings.load(Path.of(".")).name();
        zip = site.resolve(name + ".zip");
        unzipped = Unzipped.unzip(zip, folder.resolve("unzipped")).resolve(name);
    }

    @Test
    void the_zip_holds_every_file_of_the_site_under_one_top_folder_named_after_the_dossier() throws IOException {
        List<String> entries = entryNames(zip);
        assertThat(name).isEqualTo("mali-dossier");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry).startsWith(name + "/").doesNotContain("\\").doesNotStartWith("/");
            assertThat(entry.split("/")).doesNotContain("..", ".");
        });
        Set<String> files = entries.stream().filter(e -> !e.endsWith("/")).map(e -> e.substring(name.length() + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).isEqualTo(siteFiles(site)).contains("index.html", "search.html", "search/index.js",
                "documents/s-2012-894.html", "js/search.js", "css/dossier.css");
        assertThat(files).noneMatch(f -> f.endsWith(".zip"));
    }

    @Test
    void the_home_page_offers_the_zip_with_its_size() throws IOException {
        Element offer = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst(DownloadOffer.ZIP.selector());
        assertThat(offer).isNotNull();
        assertThat(offer.hasAttr("hidden")).isFalse();
        Element link = offer.selectFirst("a");
        assertThat(link.text()).isEqualTo("Download for offline reading");
        assertThat(site.resolve(link.attr("href"))).isEqualTo(zip);
        assertThat(offer.text()).contains(DownloadOffer.displaySize(Files.size(zip)));
    }

    @Test
    void the_unzipped_home_page_does_not_offer_a_zip_it_does_not_hold() throws IOException {
        String home = Files.readString(unzipped.resolve("index.html"));
        assertThat(home).doesNotContain("Download for offline reading").contains("documents/s-2012-894.html");
    }

    @Test
    void every_link_script_and_style_of_the_unzipped_site_is_in_the_zip() throws IOException {
        Path root = unzipped;
        Map<Path, Document> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (String page : siteFiles(root)) {
            if (!page.endsWith(".html")) {
                continue;
            }
            Path file = root.resolve(page);
            for (Element element : parsed(parsed, file).select("a[href], link[href], script[src], img[src]")) {
                String target = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                if (target.isEmpty() || URI.create(target).isAbsolute()) {
                    continue;
                }
                String path = target.replaceAll("[?#].*", "");
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                if (!resolved.startsWith(root) || !Files.isRegularFile(resolved)) {
                    broken.add(page + " → " + target);
                } else if (!fragment.isEmpty() && resolved.toString().endsWith(".html")
                        && parsed(parsed, resolved).getElementById(fragment) == null) {
                    broken.add(page + " → " + target + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void the_same_site_gives_the_same_bytes_whenever_it_is_zipped() throws IOException {
        byte[] first = Files.readAllBytes(zip);
        Path again = BakedSite.realDossierAgain().root();
        assertThat(Files.readAllBytes(again.resolve(name + ".zip"))).isEqualTo(first);
    }

    @Test
    void file_times_do_not_change_the_bytes() throws IOException {
        Path small = folder.resolve("small");
        Files.createDirectories(small.resolve("b"));
        Files.writeString(small.resolve("index.html"), "<!DOCTYPE html><p data-offline-download hidden><a>Download for offline reading</a>"
                + " <span data-offline-size></span></p>", StandardCharsets.UTF_8);
        Files.writeString(small.resolve("b/z.txt"), "z");
        Files.writeString(small.resolve("a.txt"), "a");
        byte[] first = Files.readAllBytes(OfflineZip.write(SitePages.of(small), "small"));
        try (Stream<Path> files = Files.walk(small)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
            }
        }
        byte[] second = Files.readAllBytes(OfflineZip.write(SitePages.of(small), "small"));
        assertThat(second).isEqualTo(first);
        assertThat(entryNames(small.resolve("small.zip")))
                .containsExactly("small/", "small/a.txt", "small/b/", "small/b/z.txt", "small/index.html");
    }

    @Test
    void sizes_read_as_a_reader_expects() {
        assertThat(DownloadOffer.displaySize(1500)).isEqualTo("1 KB");
        assertThat(DownloadOffer.displaySize(850 * 1024)).isEqualTo("850 KB");
        assertThat(DownloadOffer.displaySize(2_516_582)).isEqualTo("2.4 MB");
    }

    /** A page parsed once, however many links lead to it. */
    private static Document parsed(Map<Path, Document> parsed, Path page) {
        return parsed.computeIfAbsent(page, file -> {
            try {
                return Jsoup.parse(file.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> entryNames(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    private static Set<String> siteFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // The zip holds the site, not itself nor the book, written beside it meanwhile.
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".zip") && !p.toString().endsWith(".epub"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
