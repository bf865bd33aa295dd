package dossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A source document read into structure. Every later stage (annotation, rendering, indexing) works
 * from this model, never from the raw text.
 *
 * @param slug     file-name stem of the source, used for the page's address: "s-2012-894"
 * @param metadata what the document is
 * @param blocks   its text, in source order
 * @param report   what the reader noticed, for editors
 */
public record Document(String slug, Metadata metadata, List<Block> blocks, ReadingReport report) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** The slug of a source file: its name without extension, in lower case ("S-2012-894.txt" → "s-2012-894"). */
    public static String slugOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(java.util.Locale.ROOT);
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
                    .forEach(item -> out.add(block.anchor() + "-" + item.label()));
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
