package dossier.rendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A file of the dossier offered for download (the offline zip, the book). Templates print the offer hidden,
 * as the file and its size exist only once the site is baked; the build then shows it, linked and sized.
 * The offer's attribute holds the path from its page to the site's root ("" or none on the home page).
 * A copy of the site that does not hold the file (the offline zip does not hold itself) leaves the offer out.
 *
 * @param attribute     the attribute that marks the offer's element
 * @param sizeAttribute the attribute that marks where the size is written
 * @param format        the format named beside the size ("zip", "EPUB")
 */
public record DownloadOffer(String attribute, String sizeAttribute, String format) {

    public static final DownloadOffer ZIP = new DownloadOffer("data-offline-download", "data-offline-size", "zip");
    public static final DownloadOffer BOOK = new DownloadOffer("data-book-download", "data-book-size", "EPUB");

    /** The CSS selector of the offer's element. */
    public String selector() {
        return "[" + attribute + "]";
    }

    /** Shows the offer on {@code page}, when the page has one: linked to the site's {@code fileName}, with its size. */
    public void show(Path page, String fileName, long size) throws IOException {
        if (!Files.isRegularFile(page)) {
            return;
        }
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        html.outputSettings().prettyPrint(false);
        Element offer = html.selectFirst(selector());
        if (offer == null) {
            return;
        }
        offer.removeAttr("hidden");
        offer.select("a").attr("href", offer.attr(attribute) + fileName);
        offer.select("[" + sizeAttribute + "]").forEach(e -> e.text("(" + format + ", " + displaySize(size) + ")"));
        Files.writeString(page, html.outerHtml(), StandardCharsets.UTF_8);
    }

    /** The page as written ({@code html}), without the offer: for a copy of the site that does not hold the file. */
    public String leftOut(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        page.select(selector()).remove();
        return page.outerHtml();
    }

    /** "850 KB", "2.4 MB": what a reader needs to decide whether to download. */
    public static String displaySize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
