package dossier.reading;

import dossier.model.Block;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's blocks as readable lines, for spec examples: one line a block, children indented,
 * "TYPE #anchor number | text", opening words between underscores, footnote markers as [^1], item markers in running text as {(ii)}.
 */
final class Outline {

    private Outline() {
    }

    static List<String> of(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        append(blocks, "", out);
        return out;
    }

    private static void append(List<Block> blocks, String indent, List<String> out) {
        for (Block block : blocks) {
            StringBuilder line = new StringBuilder(indent).append(block.type());
            if (!block.anchor().isEmpty()) {
                line.append(" #").append(block.anchor());
            }
            if (!block.number().isEmpty()) {
                line.append(' ').append(block.number());
            }
            StringBuilder text = new StringBuilder();
            for (Span span : block.spans()) {
                switch (span.kind()) {
                    case TEXT -> text.append(span.text());
                    case OPENING -> text.append('_').append(span.text()).append('_');
                    case NOTE_REF -> text.append("[^").append(span.text()).append(']');
                    case ITEM -> text.append('{').append(span.text()).append('}');
                }
            }
            if (!text.isEmpty()) {
                line.append(" | ").append(text);
            }
            out.add(line.toString());
            append(block.children(), indent + "  ", out);
        }
    }
}
