package dossier.publishing.search;

import dossier.annotation.index.DossierIndex;
import dossier.annotation.index.IndexEntry;
import dossier.model.Folding;
import dossier.model.PageAddress;
import dossier.publishing.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The index's entries for the search page: index-entries.js assigns {@code window.dossierIndexEntries},
 * from the index the build learned, so search offers what the index page shows, and
 * {@code window.dossierIndexPage}, the index page's address. Each entry: id, heading
 * (h), qualifier (q), category (c), description (d) and the words a search may name it by (w: heading
 * and variants, folded as search folds them, every run of other characters one space).
 */
public final class IndexEntriesScript {

    public static final String FILE = PageAddress.INDEX_ENTRIES;
    public static final String GLOBAL = "dossierIndexEntries";
    /** The index page's address, which the entries link to. */
    public static final String PAGE_GLOBAL = "dossierIndexPage";

    private IndexEntriesScript() {
    }

    /** Writes index-entries.js at the site's root; returns the number of entries. */
    public static int write(Path site, DossierIndex index) {
        List<String> entries = index.entriesInIndexOrder().stream().map(IndexEntriesScript::entry).toList();
        try {
            Files.writeString(site.resolve(FILE), "window." + GLOBAL + " = [" + String.join(",\n", entries) + "];\n"
                    + "window." + PAGE_GLOBAL + " = " + Json.quote(PageAddress.SUBJECTS) + ";\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
        return entries.size();
    }

    private static String entry(IndexEntry entry) {
        Set<String> words = new LinkedHashSet<>();
        words.add(words(entry.heading()));
        entry.variants().forEach(v -> words.add(words(v)));
        return "{\"id\":" + Json.quote(entry.id())
                + ",\"h\":" + Json.quote(entry.heading())
                + ",\"q\":" + Json.quote(entry.qualifier())
                + ",\"c\":" + Json.quote(entry.category().key())
                + ",\"d\":" + Json.quote(entry.description())
                + ",\"w\":[" + words.stream().map(Json::quote).collect(Collectors.joining(",")) + "]}";
    }

    /** As search.js reads a query for index entries: folded as every search term is, every run of other characters one space. */
    static String words(String text) {
        return Folding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
