package dossier.publishing.epub;

import dossier.model.PageAddress;
import dossier.publishing.DownloadOffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The dossier as an EPUB 3 book, made from the baked site rather than rendered again: one chapter per
 * document page and per cross-document page, in the site's order, with the site's text, anchors and links
 * (see {@link ChapterReader}). The book is kept beside the site (NAME.epub) and offered, with its size, by
 * the elements the home page and the 404 page mark with data-book-download, whose value is the way from
 * the page to the site's root.
 */
public final class Book {

    private static final String NO_DATE = "2000-01-01";

    private Book() {
    }

    /**
     * The book's bytes, from the staged site's pages (read only: the zip may be written meanwhile).
     *
     * @param documents the document pages, site-relative ("documents/x.html"), in the site's order
     * @param pages     the cross-document pages ("glossary.html" …); those that need a script are left out
     */
    public static byte[] make(Path site, BookMetadata metadata, List<String> documents, List<String> pages) {
        // A cross-document page is parsed once, to see whether it reads without its script and to read it.
        Map<String, Document> crossPages = new LinkedHashMap<>();
        pages.forEach(page -> crossPages.put(page, parse(site, page)));
        crossPages.values().removeIf(page -> !ChapterReader.readable(page));
        List<String> all = Stream.concat(documents.stream(), crossPages.keySet().stream()).toList();
        Set<String> inBook = Set.copyOf(all);
        List<Chapter> chapters = all.parallelStream()
                .map(page -> ChapterReader.read(page, crossPages.containsKey(page) ? crossPages.get(page) : parse(site, page),
                        inBook, metadata.title())).toList();
        String language = chapters.isEmpty() ? ChapterReader.DEFAULT_LANGUAGE : chapters.get(0).language();
        EpubArchive archive = new EpubArchive()
                .add("META-INF/container.xml", PackageFiles.container())
                .add(PackageFiles.ROOT + PackageFiles.PACKAGE, PackageFiles.packageDocument(metadata, language,
                        modified(chapters) + "T00:00:00Z", chapters))
                .add(PackageFiles.ROOT + PackageFiles.NAV, PackageFiles.navigation(metadata, language, chapters))
                .add(PackageFiles.ROOT + PackageFiles.STYLESHEET, stylesheet());
        chapters.forEach(chapter -> archive.add(PackageFiles.ROOT + chapter.file(), chapter.xhtml()));
        return archive.bytes();
    }

    /** The sources' latest date: the latest date a document page gives for its document, not the clock's. */
    private static String modified(List<Chapter> chapters) {
        return chapters.stream().map(Chapter::date).filter(date -> date.matches("\\d{4}-\\d{2}-\\d{2}"))
                .max(Comparator.naturalOrder()).orElse(NO_DATE);
    }

    /** Writes the book into the site and offers it on the pages that mark an offer; returns its path. */
    public static Path publish(Path site, BookMetadata metadata, byte[] book) {
        Path file = site.resolve(metadata.fileName());
        try {
            Files.write(file, book);
            for (String page : List.of(PageAddress.HOME, PageAddress.NOT_FOUND)) {
                DownloadOffer.BOOK.show(site.resolve(page), metadata.fileName(), book.length);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the book " + file, e);
        }
    }

    private static String stylesheet() {
        try (InputStream in = Book.class.getResourceAsStream("/dossier/epub/book.css")) {
            return new String(Objects.requireNonNull(in, "book.css is missing from the jar").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path site, String page) {
        try {
            return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + " for the book", e);
        }
    }
}
