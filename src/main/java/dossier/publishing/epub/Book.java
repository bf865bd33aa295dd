package dossier.publishing.epub;

import dossier.model.PageAddress;
import dossier.publishing.InOrder;
import dossier.rendering.DownloadOffer;
import dossier.rendering.book.BookChapters;
import dossier.rendering.book.Chapter;
import dossier.rendering.book.Contents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dossier as an EPUB 3 book, made from the baked site rather than rendered again: one chapter per
 * document page and per cross-document page, in the site's order, with the site's text, anchors and links
 * (see {@link BookChapters}). The book is kept beside the site (NAME.epub) and offered, with its size, by
 * the elements the home page and the 404 page mark with data-book-download, whose value is the way from
 * the page to the site's root.
 */
public final class Book {

    private static final String NO_DATE = "2000-01-01";

    private Book() {
    }

    /**
     * Writes the book into the site (NAME.epub) from the staged site's pages, which it only reads: the zip
     * may be written meanwhile. The chapters are made on every core and written as they come, in the
     * site's order, then the contents and the package document, which list them all: a large dossier's book
     * is not held in memory (its chapters, some 1.5 GB at 10,000 documents, would not fit). Returns its path.
     *
     * @param documents the document pages, site-relative ("documents/x.html"), in the site's order
     * @param pages     the cross-document pages ("glossary.html" …); those that need a script are left out
     * @param memory    the chapters of the last book that serve made, for those of pages it made the same
     */
    public static Path write(Path site, BookMetadata metadata, List<String> documents, List<String> pages, ChapterMemory memory) {
        List<String> readable = memory.readable(pages, page -> read(site, page));
        List<String> all = Stream.concat(documents.stream(), readable.stream()).toList();
        Set<String> inBook = Set.copyOf(all);
        memory.forBook(all, metadata.title());
        Path file = site.resolve(metadata.fileName());
        List<Chapter> chapters = new ArrayList<>();
        try (EpubArchive archive = EpubArchive.create(file)) {
            archive.add("META-INF/container.xml", PackageFiles.container())
                    .add(PackageFiles.ROOT + BookChapters.STYLESHEET, stylesheet());
            InOrder.each(all, page -> memory.read(page, read(site, page), inBook, metadata.title()), (page, read) -> {
                archive.add(PackageFiles.ROOT + read.chapter().file(), read.xhtml());
                chapters.add(read.chapter());
            });
            String language = chapters.isEmpty() ? BookChapters.DEFAULT_LANGUAGE : chapters.get(0).language();
            archive.add(PackageFiles.ROOT + Contents.FILE, Contents.xhtml(metadata.title(), metadata.editor(), language, chapters))
                    .add(PackageFiles.ROOT + PackageFiles.PACKAGE, PackageFiles.packageDocument(metadata, language,
                            modified(chapters) + "T00:00:00Z", chapters));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the book " + file, e);
        }
        return file;
    }

    /** The sources' latest date: the latest date a document page gives for its document, not the clock's. */
    private static String modified(List<Chapter> chapters) {
        return chapters.stream().map(Chapter::date).filter(date -> date.matches("\\d{4}-\\d{2}-\\d{2}"))
                .max(Comparator.naturalOrder()).orElse(NO_DATE);
    }

    /** Offers the book written into the site, with its size, on the pages that mark an offer. */
    public static void offer(Path site, BookMetadata metadata) {
        Path file = site.resolve(metadata.fileName());
        try {
            long size = Files.size(file);
            for (String page : List.of(PageAddress.HOME, PageAddress.NOT_FOUND)) {
                DownloadOffer.BOOK.show(site.resolve(page), metadata.fileName(), size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot offer the book " + file, e);
        }
    }

    private static String stylesheet() {
        try (InputStream in = Book.class.getResourceAsStream("/dossier/epub/book.css")) {
            return new String(Objects.requireNonNull(in, "book.css is missing from the jar").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path site, String page) {
        try {
            return new String(Files.readAllBytes(site.resolve(page)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + " for the book", e);
        }
    }
}
