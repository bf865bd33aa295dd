package dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source document read into structure. Every later stage (annotation, rendering, indexing) works
 * from this model, never from the raw text.
 *
 * @param slug     the page name, from the source's file name by {@link #slugOf}: "s-2012-894"
 * @param metadata what the document is
 * @param blocks   its text, in source order
 * @param report   what the reader noticed, for editors
 * @param header   the header keys dossier does not read itself, as the editor wrote them, for templates
 */
public record Document(String slug, Metadata metadata, List<Block> blocks, ReadingReport report,
                       Map<String, Object> header) {

    /** The dossier's order of documents: by date (undated last), then by page name. */
    public static final Comparator<Document> ORDER = Comparator.comparing((Document d) -> d.metadata().date(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Document::slug);

    /** The file extension of a UN text source under content/. */
    public static final String SOURCE_EXTENSION = ".txt";

    public Document {
        blocks = List.copyOf(blocks);
        header = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(header));
    }

    /** A document whose header holds nothing beyond what dossier reads. */
    public Document(String slug, Metadata metadata, List<Block> blocks, ReadingReport report) {
        this(slug, metadata, blocks, report, Map.of());
    }

    /**
     * The page name of a source file, the one rule every stage uses for a document's address: its name
     * without extension as a {@link Names#slug slug}
     * ("A-RES-72-297.txt" → "a-res-72-297", "Letter of 21 June 2023.txt" → "letter-of-21-june-2023",
     * "lettre-été.txt" → "lettre-ete"). It holds only a-z, 0-9 and inner hyphens, so no name can reach
     * outside the folder its page is written to; empty when the name has no such letter or digit.
     */
    public static String slugOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return Names.slug(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** Every anchored block, depth first, in source order: what search and cross-references point at. */
    public List<Block> anchoredBlocks() {
        List<Block> out = new ArrayList<>();
        collect(blocks, out);
        return out;
    }

    /**
     * Every fragment id a link may point at, in source order: the anchored blocks and the items printed
     * inside their sentences ("para-10-ii"), which are not blocks of their own.
     */
    public List<String> anchors() {
        List<String> out = new ArrayList<>();
        for (Block block : anchoredBlocks()) {
            out.add(block.anchor());
            block.spans().stream().filter(s -> s.kind() == Span.Kind.ITEM)
                    .forEach(item -> out.add(Anchors.item(block.anchor(), item)));
        }
        return out;
    }

    private static void collect(List<Block> blocks, List<Block> out) {
        for (Block block : blocks) {
            if (!block.anchor().isEmpty()) {
                out.add(block);
            }
            collect(block.children(), out);
        }
    }
}
