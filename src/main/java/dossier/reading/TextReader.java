package dossier.reading;

import dossier.model.Block;
import java.util.ArrayList;
import java.util.List;

/** Turns a source body into blocks. First version: paragraphs are separated by blank lines. */
final class TextReader {

    private TextReader() {
    }

    record Result(List<Block> blocks, int furnitureLines) {
    }

    static Result read(List<String> body) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int furniture = 0;
        for (String raw : body) {
            if (Furniture.isFurnitureLine(raw) || raw.strip().equals("Etpu")) {
                furniture++;
                continue;
            }
            String line = InlineDebris.clean(raw).strip();
            if (line.isEmpty()) {
                flush(paragraph, blocks);
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        return new Result(blocks, furniture);
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph("p-" + (blocks.size() + 1), paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
