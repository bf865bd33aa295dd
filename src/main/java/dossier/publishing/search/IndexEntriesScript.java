package dossier.publishing.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The index's entries for the search page: index-entries.js assigns {@code window.dossierIndexEntries},
 * read from the baked index page (subjects.html) as the search index is read from the document pages, so
 * search offers what the index page shows. Each entry: id, heading (h), qualifier (q), category (c),
 * description (d) and the words a search may name it by (w: heading and variants, folded as search folds
 * them, every run of other characters one space).
 */
public final class IndexEntriesScript {

    public static final String FILE = "index-entries.js";
    public static final String GLOBAL = "dossierIndexEntries";
    /** The index page, whose entries are articles of class index-entry. */
    static final String PAGE = "subjects.html";

    private IndexEntriesScript() {
    }

    /** Writes index-entries.js beside the index page; returns the number of entries (none without the page). */
    public static int write(Path site) {
        Path page = site.resolve(PAGE);
        if (!Files.isRegularFile(page)) {
            return 0;
        }
        try {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            List<String> entries = new ArrayList<>();
            for (Element entry : html.select("article.index-entry")) {
                entries.add(entry(entry));
            }
            Files.writeString(site.resolve(FILE), "window." + GLOBAL + " = [" + String.join(",\n", entries) + "];\n",
                    StandardCharsets.UTF_8);
            return entries.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
    }

    private static String entry(Element entry) {
        Element heading = entry.selectFirst("h3, h4");
        Element qualifier = heading.selectFirst(".qualifier");
        String shown = heading.ownText().strip();
        Set<String> words = new LinkedHashSet<>();
        words.add(words(shown));
        entry.select(":scope > .variants .variant").forEach(v -> words.add(words(v.text())));
        Element description = entry.selectFirst(":scope > .description");
        String text = description == null ? "" : description.ownText().strip();
        return "{\"id\":" + SearchIndex.quote(entry.id())
                + ",\"h\":" + SearchIndex.quote(shown)
                + ",\"q\":" + SearchIndex.quote(qualifier == null ? "" : qualifier.text().replaceAll("^\\(|\\)$", ""))
                + ",\"c\":" + SearchIndex.quote(entry.select(":scope > .index-category").text())
                + ",\"d\":" + SearchIndex.quote(text)
                + ",\"w\":[" + words.stream().map(SearchIndex::quote).collect(Collectors.joining(",")) + "]}";
    }

    /** As search.js folds a query: lower case, accents dropped, every run of other characters one space. */
    static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
