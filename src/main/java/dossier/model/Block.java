package dossier.model;

import java.util.List;

/**
 * One block of a document's text, in source order. Blocks with an anchor can be linked to.
 *
 * @param type     what the block is
 * @param anchor   stable fragment id ("para-12", "sec-ii-a"), or empty
 * @param number   the printed number or letter ("12.", "(a)", "II."), kept as visible text; may be empty
 * @param text     the block's words, with wrapped lines joined
 * @param children nested blocks (sub-paragraphs of a paragraph)
 */
public record Block(Type type, String anchor, String number, String text, List<Block> children) {

    public enum Type { TITLE, COVER, HEADING, PARAGRAPH, SIGNATURE, NOTE }

    public Block {
        children = List.copyOf(children);
    }

    public static Block paragraph(String anchor, String text) {
        return new Block(Type.PARAGRAPH, anchor, "", text, List.of());
    }
}
