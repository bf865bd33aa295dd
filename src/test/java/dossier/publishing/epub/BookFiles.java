package dossier.publishing.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A book as a reader opens it: its entries in order, and its XHTML files parsed as XML. */
public record BookFiles(List<String> entries, Map<String, String> texts) {

    public static BookFiles read(Path book) {
        try (ZipFile zip = new ZipFile(book.toFile(), StandardCharsets.UTF_8)) {
            List<String> entries = new ArrayList<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    texts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return new BookFiles(entries, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML files of the book's EPUB folder, by their path in it ("documents/x.xhtml"). */
    public Map<String, Document> xhtml() {
        Map<String, Document> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (name.startsWith("EPUB/") && name.endsWith(".xhtml")) {
                files.put(name.substring("EPUB/".length()), Jsoup.parse(text, "", Parser.xmlParser()));
            }
        });
        return files;
    }

    public Document chapter(String file) {
        return Jsoup.parse(texts.get("EPUB/" + file), "", Parser.xmlParser());
    }

    public Document packageDocument() {
        return Jsoup.parse(texts.get("EPUB/package.opf"), "", Parser.xmlParser());
    }

    /** Where a link of a book file lands: the file, in the book, and the fragment (empty for none). */
    public record Target(String file, String fragment) {
    }

    public static Target target(String from, String href) {
        URI resolved = URI.create("book:/" + from).resolve(href);
        return new Target(resolved.getPath().substring(1), resolved.getFragment() == null ? "" : resolved.getFragment());
    }

    /** Whether a file of the book holds an element with this id (a fragment of "" lands on the file). */
    public static boolean lands(Map<String, Document> files, Target target) {
        Document file = files.get(target.file());
        return file != null && (target.fragment().isEmpty() || file.getElementById(target.fragment()) != null);
    }

    public static List<Element> internalLinks(Document file) {
        return file.select("a[href]").stream().filter(a -> !a.attr("href").matches("^[a-z][a-z0-9+.-]*:.*")).toList();
    }
}
