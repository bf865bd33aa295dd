package dossier.publishing.search;

import dossier.model.PageAddress;
import dossier.publishing.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The search index as small scripts in {@value #FOLDER}/, of which a query loads only those it needs: a
 * dossier of ten thousand documents has an index of hundreds of megabytes, which no reader should download
 * to find one word. Each part is a script that registers itself in {@code window.dossierSearchParts} under
 * its name, so that the search page loads it with a {@code <script>} element: a page opened from disk may
 * load a script but may not fetch a file.
 *
 * <ul>
 * <li>{@code index} (always loaded): the term rules' data (stop words, irregular plurals, the token
 * and word patterns, the postings' digits), the number of paragraphs and of paragraphs per text part, the first
 * term of each term part, and the acronyms with their expansions.</li>
 * <li>{@code t<N>}: a run of sorted terms, a few tens of kilobytes, as {@code terms} (front-coded: one digit,
 * how many first letters a term shares with the one before in its part, at most 9, then the rest; separated
 * by spaces) and {@code postings} (one value per term, in the same order, separated by spaces): a term's
 * postings (see {@link SearchIndex}), or {@value #OWN} and their count where they are long enough to have a
 * part of their own, {@code t<N>-<K>} (K the term's place in its part). A document's symbol is a term too,
 * "#" and the symbol folded, whose value is "document,first paragraph,paragraph count"; and so is each
 * term of an acronym's expansion that holds a term with postings of their own, "=" acronym "=" term, whose
 * postings are those of the paragraphs holding the whole expansion.</li>
 * <li>{@code x<N>}: the paragraphs N × {@value #PARAGRAPHS_PER_TEXT} and after, for the results shown:
 * each as document, anchor, label, text and, when items are printed inside it, their [anchor, label,
 * offset]; and the documents they belong to (number → page, symbol, title, date).</li>
 * </ul>
 * Enough to rank the results is in the term parts; text is loaded only for the results shown.
 */
final class SearchParts {

    /** The folder of the parts, at the site's root. */
    static final String FOLDER = PageAddress.SEARCH_PARTS;
    /** The part the search page loads first. */
    static final String INDEX = PageAddress.SEARCH_FIRST_PART;
    /** A term part ends once it holds this many bytes. */
    static final int TERM_PART_BYTES = 24 * 1024;
    /** Postings longer than this have a part of their own, loaded only when a query needs that term. */
    static final int OWN_PART_BYTES = 4 * 1024;
    static final int PARAGRAPHS_PER_TEXT = 8;
    /** Starts the value of a term whose postings are in a part of their own. */
    static final char OWN = '~';
    /** Starts a document's symbol among the terms (no term starts with it). */
    static final String DOCUMENT = "#";
    /** Marks an acronym's expansion's postings among the terms (see {@link SearchIndex#expansionPostings}). */
    static final String EXPANSION = "=";

    private final SearchIndex index;
    private final int termPartBytes;
    private final int ownPartBytes;
    private final Size.Counter size = new Size.Counter();

    SearchParts(SearchIndex index) {
        this(index, TERM_PART_BYTES, OWN_PART_BYTES);
    }

    /** Parts of other sizes: tests make many small ones of a small dossier. */
    SearchParts(SearchIndex index, int termPartBytes, int ownPartBytes) {
        this.index = index;
        this.termPartBytes = termPartBytes;
        this.ownPartBytes = ownPartBytes;
    }

    /** Writes every part into the site's folder (or, with no folder, only counts their bytes). */
    Size write(Path site) {
        Path folder = site == null ? null : site.resolve(FOLDER);
        if (folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the search index", e);
            }
        }
        List<String> firstTerms = writeTermParts(folder);
        writeTextParts(folder);
        String acronyms = index.acronyms().entrySet().stream()
                .map(a -> Json.quote(a.getKey()) + ":" + SearchIndex.array(a.getValue().stream().map(Json::quote).toArray(String[]::new)))
                .collect(Collectors.joining(","));
        long bytes = part(folder, INDEX, "{\"rules\":" + rules() + ",\n\"paragraphs\":" + index.entries().size() + ",\"perText\":" + PARAGRAPHS_PER_TEXT
                + ",\"parts\":[" + firstTerms.stream().map(Json::quote).collect(Collectors.joining(",")) + "]"
                + ",\n\"acronyms\":{" + acronyms + "}}");
        size.terms += bytes;
        long text = index.entries().stream().mapToLong(SearchIndex.IndexedParagraph::bytes).sum();
        return size.result(index.entries().size(), index.encodedPostings().size(), text);
    }

    /**
     * The data of the term rules and the postings' digits, from {@link SearchTerms} and {@link SearchIndex}, so
     * that the page's script holds only the code (fold and stem, mirrored by hand and tested).
     */
    static String rules() {
        String plurals = new TreeMap<>(SearchTerms.IRREGULAR_PLURALS).entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue())).collect(Collectors.joining(","));
        return "{\"stopWords\":[" + SearchTerms.STOP_WORDS.stream().sorted().map(Json::quote).collect(Collectors.joining(","))
                + "],\"irregularPlurals\":{" + plurals + "},\"token\":" + Json.quote(SearchTerms.TOKEN_RULE)
                + ",\"word\":" + Json.quote(SearchTerms.WORD) + ",\"low\":" + Json.quote(SearchIndex.LOW)
                + ",\"high\":" + Json.quote(SearchIndex.HIGH) + "}";
    }

    /** Every term (and document symbol) with its value, in sorted order. */
    private SortedMap<String, String> values() {
        SortedMap<String, String> values = new TreeMap<>(index.encodedPostings());
        values.putAll(index.expansionPostings(EXPANSION, ownPartBytes));
        List<SearchIndex.IndexedDocument> documents = index.documents();
        int[] first = new int[documents.size()];
        int[] count = new int[documents.size()];
        List<SearchIndex.IndexedParagraph> entries = index.entries();
        for (int d = 0, e = 0; d < documents.size(); d++) {
            first[d] = e;
            while (e < entries.size() && entries.get(e).document() == d) {
                e++;
            }
            count[d] = e - first[d];
        }
        for (int d = 0; d < documents.size(); d++) {
            if (!documents.get(d).symbol().isEmpty()) {
                values.merge(DOCUMENT + SearchTerms.symbol(documents.get(d).symbol()), d + "," + first[d] + "," + count[d],
                        (a, b) -> a + ";" + b);
            }
        }
        return values;
    }

    /** Writes the term parts; returns the first term of each. */
    private List<String> writeTermParts(Path folder) {
        List<String> firstTerms = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        StringBuilder values = new StringBuilder();
        String previous = "";
        int inPart = 0;
        for (Map.Entry<String, String> entry : values().entrySet()) {
            String term = entry.getKey();
            if (inPart == 0) {
                firstTerms.add(term);
                previous = "";
            }
            String value = entry.getValue();
            if (value.length() > ownPartBytes && !term.startsWith(DOCUMENT)) {
                size.terms += part(folder, "t" + (firstTerms.size() - 1) + "-" + inPart, Json.quote(value));
                value = OWN + String.valueOf(value.chars().filter(c -> SearchIndex.LOW.indexOf(c) >= 0).count());
            }
            terms.append(inPart == 0 ? "" : " ").append(frontCoded(previous, term));
            values.append(inPart == 0 ? "" : " ").append(value);
            previous = term;
            inPart++;
            if (terms.length() + values.length() >= termPartBytes) {
                size.terms += termPart(folder, firstTerms.size() - 1, terms, values);
                inPart = 0;
            }
        }
        if (inPart > 0) {
            size.terms += termPart(folder, firstTerms.size() - 1, terms, values);
        }
        return firstTerms;
    }

    private long termPart(Path folder, int number, StringBuilder terms, StringBuilder values) {
        long bytes = part(folder, "t" + number, "{\"terms\":" + Json.quote(terms.toString())
                + ",\n\"postings\":" + Json.quote(values.toString()) + "}");
        terms.setLength(0);
        values.setLength(0);
        return bytes;
    }

    /** A term as the number of first letters it shares with the one before (0–9) and the rest. */
    private static String frontCoded(String previous, String term) {
        int shared = 0;
        while (shared < 9 && shared < previous.length() && shared < term.length() && previous.charAt(shared) == term.charAt(shared)) {
            shared++;
        }
        return shared + term.substring(shared);
    }

    /** Writes the text parts, each with the documents its paragraphs belong to (a document without any in the part where it would start). */
    private void writeTextParts(Path folder) {
        List<SearchIndex.IndexedParagraph> entries = index.entries();
        List<SearchIndex.IndexedDocument> documents = index.documents();
        int parts = (entries.size() + PARAGRAPHS_PER_TEXT - 1) / PARAGRAPHS_PER_TEXT;
        List<SortedMap<Integer, SearchIndex.IndexedDocument>> named = new ArrayList<>();
        for (int d = 0, e = 0; d < documents.size(); d++) {
            int part = e / PARAGRAPHS_PER_TEXT;
            while (named.size() <= Math.max(part, parts - 1)) {
                named.add(new TreeMap<>());
            }
            named.get(part).put(d, documents.get(d));
            for (; e < entries.size() && entries.get(e).document() == d; e++) {
                named.get(e / PARAGRAPHS_PER_TEXT).put(d, documents.get(d));
            }
        }
        for (int part = 0; part < named.size(); part++) {
            String paragraphs = entries.subList(Math.min(entries.size(), part * PARAGRAPHS_PER_TEXT),
                    Math.min(entries.size(), (part + 1) * PARAGRAPHS_PER_TEXT)).stream().map(SearchParts::entry).collect(Collectors.joining(",\n"));
            String listed = named.get(part).entrySet().stream().map(d -> "\"" + d.getKey() + "\":" + SearchIndex.array(
                    Json.quote(d.getValue().page()), Json.quote(d.getValue().symbol()), Json.quote(d.getValue().title()),
                    Json.quote(d.getValue().date()))).collect(Collectors.joining(","));
            part(folder, "x" + part, "{\"documents\":{" + listed + "},\n\"paragraphs\":[\n" + paragraphs + "]}");
        }
    }

    private static String entry(SearchIndex.IndexedParagraph e) {
        String entry = SearchIndex.array(String.valueOf(e.document()), Json.quote(e.anchor()), Json.quote(e.label()),
                Json.quote(e.text()));
        if (e.places().isEmpty()) {
            return entry;
        }
        String places = e.places().stream()
                .map(p -> SearchIndex.array(Json.quote(p.anchor()), Json.quote(p.label()), String.valueOf(p.offset())))
                .collect(Collectors.joining(","));
        return entry.substring(0, entry.length() - 1) + ",[" + places + "]]";
    }

    /** Writes one part, a script registering its value under its name; returns its bytes. */
    private long part(Path folder, String name, String value) {
        String script = "(window.dossierSearchParts=window.dossierSearchParts||{})[\"" + name + "\"]=" + value + ";\n";
        long bytes = utf8(script);
        size.file(bytes);
        if (folder != null) {
            // JDK 17's file writes ignore an interrupt (serve's, for a rebuild a newer change superseded): asked here,
            // between parts, the index stops at its next part.
            if (Thread.currentThread().isInterrupted()) {
                throw new UncheckedIOException(new InterruptedIOException("search index interrupted before part " + name));
            }
            try (Writer out = Files.newBufferedWriter(folder.resolveSibling(PageAddress.script(FOLDER, name)), StandardCharsets.UTF_8)) {
                out.write(script);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the search index part " + name, e);
            }
        }
        return bytes;
    }

    static long utf8(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * How big the index is.
     *
     * @param paragraphs  paragraphs indexed
     * @param terms       distinct terms
     * @param textBytes   the paragraphs' text (UTF-8), which the text parts also hold for snippets
     * @param termBytes   what ranks results: the index part, the term parts and the postings parts of their own
     * @param fileBytes   every part
     * @param files       how many parts
     * @param largestFile the largest part's bytes
     */
    public record Size(int paragraphs, int terms, long textBytes, long termBytes, long fileBytes, int files, long largestFile) {

        /** The inverted index against the text it indexes. */
        public double termShare() {
            return (double) termBytes / textBytes;
        }

        /** What the parts hold beyond the text itself (inverted index, anchors, labels, documents, syntax). */
        public double overheadShare() {
            return (double) (fileBytes - textBytes) / textBytes;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d paragraphs, %d terms; text %d B, inverted index %d B (%.0f %% of the text), "
                    + "%d parts in %s/, %d B in all (text + %.0f %%), the largest %d B", paragraphs, terms, textBytes, termBytes,
                    100 * termShare(), files, FOLDER, fileBytes, 100 * overheadShare(), largestFile);
        }

        /** Adds up the parts as they are written. */
        private static final class Counter {
            private long terms;
            private long bytes;
            private int files;
            private long largest;

            void file(long size) {
                bytes += size;
                files++;
                largest = Math.max(largest, size);
            }

            Size result(int paragraphs, int termCount, long text) {
                return new Size(paragraphs, termCount, text, terms, bytes, files, largest);
            }
        }
    }
}
