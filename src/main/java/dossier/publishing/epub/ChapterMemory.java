package dossier.publishing.epub;

import dossier.rendering.Deflated;
import dossier.rendering.book.BookChapters;
import dossier.rendering.book.Chapter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The chapters of serve's last book, for the next. A chapter is made from its page as baked, the pages the
 * book holds and the dossier's title, and from nothing else ({@link BookChapters#read}): a page whose bytes
 * are the same, in a book of the same pages and title, gives the same chapter, and an edit changes a few
 * pages of a large site. Every page's chapter is held, its text {@link Deflated} (a large dossier's chapters
 * would not fit in memory as text), with a digest of the page it was made from.
 */
public final class ChapterMemory {

    private record Kept(byte[] page, Chapter chapter, Deflated xhtml) {
    }

    private record Readable(byte[] page, boolean readable) {
    }

    private final boolean keeping;
    private final Map<String, Kept> chapters = new ConcurrentHashMap<>();
    private final Map<String, Readable> readable = new ConcurrentHashMap<>();
    private List<Object> book;

    private ChapterMemory(boolean keeping) {
        this.keeping = keeping;
    }

    /** Keeps every chapter made, for serve. */
    public static ChapterMemory keeping() {
        return new ChapterMemory(true);
    }

    /** Keeps nothing: a one-off build makes every chapter once. */
    public static ChapterMemory none() {
        return new ChapterMemory(false);
    }

    /** The pages of {@code pages} that the book can hold ({@link BookChapters#readable}), told again for a page whose bytes are the last book's. */
    List<String> readable(List<String> pages, Function<String, String> html) {
        if (!keeping) {
            return pages.parallelStream().filter(page -> BookChapters.readable(html.apply(page))).toList();
        }
        readable.keySet().retainAll(Set.copyOf(pages));
        return pages.parallelStream().filter(page -> readable(page, html.apply(page))).toList();
    }

    private boolean readable(String sitePath, String html) {
        byte[] page = digest(html);
        Readable known = readable.get(sitePath);
        if (known != null && Arrays.equals(known.page(), page)) {
            return known.readable();
        }
        boolean now = BookChapters.readable(html);
        readable.put(sitePath, new Readable(page, now));
        return now;
    }

    /**
     * Readies the memory for a book of these pages and title: every chapter is forgotten if they differ from
     * the last book's, and the chapters of pages it does not hold are.
     */
    synchronized void forBook(List<String> pages, String title) {
        if (keeping) {
            List<Object> now = List.of(Set.copyOf(pages), title);
            if (!now.equals(book)) {
                chapters.clear();
                book = now;
            }
            chapters.keySet().retainAll(Set.copyOf(pages));
        }
    }

    /** {@link BookChapters#read} in the book {@link #forBook} was last told of: the last book's chapter if its page is the same. */
    BookChapters.Read read(String sitePath, String html, Set<String> bookPages, String dossierTitle) {
        if (!keeping) {
            return BookChapters.read(sitePath, html, bookPages, dossierTitle);
        }
        byte[] page = digest(html);
        Kept known = chapters.get(sitePath);
        if (known != null && Arrays.equals(known.page(), page)) {
            return new BookChapters.Read(known.chapter(), known.xhtml().text());
        }
        BookChapters.Read made = BookChapters.read(sitePath, html, bookPages, dossierTitle);
        chapters.put(sitePath, new Kept(page, made.chapter(), Deflated.of(made.xhtml())));
        return made;
    }

    private static byte[] digest(String html) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
