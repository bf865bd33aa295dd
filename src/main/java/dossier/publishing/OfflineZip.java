package dossier.publishing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The whole site in one zip for offline reading: one top folder named after the dossier, entries in
 * sorted order with one fixed timestamp, so the same site always gives the same bytes. The zip is kept
 * beside the site (NAME.zip at its root) and offered on the home page, in the element the home page
 * template marks with data-offline-download; the home page inside the zip leaves that element out, since
 * an unzipped copy does not hold the zip again.
 */
public final class OfflineZip {

    /** The home page element that offers the zip; filled in here, left out of the zipped copy. */
    static final String OFFER = "[data-offline-download]";
    private static final String HOME_PAGE = "index.html";
    /** Every entry's time: fixed, so that the bytes depend on the content alone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private OfflineZip() {
    }

    /** Zips the site folder into site/NAME.zip, then offers it on the home page with its size. */
    public static Path write(Path site, String name) {
        Path zip = site.resolve(name + ".zip");
        try {
            List<Path> files = siteFiles(site, zip);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16); ZipOutputStream entries = new ZipOutputStream(out)) {
                entries.putNextEntry(entry(name + "/"));
                entries.closeEntry();
                for (Path file : files) {
                    String path = name + "/" + relative(site, file);
                    entries.putNextEntry(entry(Files.isDirectory(file) ? path + "/" : path));
                    if (Files.isRegularFile(file)) {
                        entries.write(file.equals(site.resolve(HOME_PAGE)) ? homePageWithoutOffer(file) : Files.readAllBytes(file));
                    }
                    entries.closeEntry();
                }
            }
            offerOnHomePage(site, zip);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the offline zip " + zip, e);
        }
    }

    /** Every folder and file of the site but the zip, in the order of their paths. */
    private static List<Path> siteFiles(Path site, Path zip) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> !p.equals(site) && !p.equals(zip))
                    .sorted((a, b) -> relative(site, a).compareTo(relative(site, b)))
                    .toList();
        }
    }

    /** A path inside the site with "/" between its names, whatever the platform. */
    private static String relative(Path site, Path file) {
        return StreamSupport.stream(site.relativize(file).spliterator(), false).map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    private static ZipEntry entry(String path) {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private static byte[] homePageWithoutOffer(Path file) throws IOException {
        org.jsoup.nodes.Document page = parse(file);
        page.select(OFFER).remove();
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static void offerOnHomePage(Path site, Path zip) throws IOException {
        Path home = site.resolve(HOME_PAGE);
        if (!Files.isRegularFile(home)) {
            return;
        }
        org.jsoup.nodes.Document page = parse(home);
        Element offer = page.selectFirst(OFFER);
        if (offer == null) {
            return;
        }
        offer.removeAttr("hidden");
        for (Element link : offer.select("a")) {
            link.attr("href", zip.getFileName().toString());
        }
        for (Element size : offer.select("[data-offline-size]")) {
            size.text("(zip, " + displaySize(Files.size(zip)) + ")");
        }
        Files.writeString(home, page.outerHtml(), StandardCharsets.UTF_8);
    }

    private static org.jsoup.nodes.Document parse(Path file) throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(file.toFile(), "UTF-8");
        page.outputSettings().prettyPrint(false);
        return page;
    }

    /** "850 KB", "2.4 MB": what a reader needs to decide whether to download. */
    static String displaySize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
