package dossier.model;

import java.util.List;

/**
 * One block of a document's text, in source order. Blocks with an anchor can be linked to.
 *
 * @param type     what the block is
 * @param anchor   stable fragment id ("para-12", "sec-ii-a", "pp-3"), or empty
 * @param number   the printed number or letter ("12.", "(a)", "II.", "34/39."), kept as visible text; may be empty
 * @param spans    the block's words, wrapped lines joined, as runs (plain, opening words, footnote markers)
 * @param level    outline depth of a heading (1 for "I.", 2 for "A." …); 0 for other blocks
 * @param children nested blocks: sub-paragraphs of a paragraph, lines of the cover, the contents of an annex
 */
public record Block(Type type, String anchor, String number, List<Span> spans, int level, List<Block> children) {

    public enum Type {
        /** The first page's masthead: organ, symbol, "Distr.", date, "Original:", session; children are its lines. */
        COVER,
        /** One line of the cover. */
        COVER_LINE,
        /** The document's title, or an annex's own title. */
        TITLE,
        /** A heading, at {@link Block#level()}. */
        HEADING,
        /** "The Security Council," — who speaks in a resolution, before its preamble. */
        PREAMBLE_OPENING,
        /** A preambular paragraph of a resolution ("Recalling …,"). */
        PREAMBULAR,
        /** An operative paragraph of a resolution ("1. Urges …;"). */
        OPERATIVE,
        /** Any other paragraph, numbered (reports) or not (letters). */
        PARAGRAPH,
        /** A sub-paragraph: (a), (b) … or (i), (ii) … */
        SUBPARAGRAPH,
        /** An editorial note printed in the text: "[Original: French]". */
        NOTE,
        /** A signature block: "(Signed) BAN Ki-moon". */
        SIGNATURE,
        /** How and when a resolution was adopted: "59th session", "[Adopted without a vote.]". */
        ADOPTION,
        /** An annex; its text is its children. */
        ANNEX,
        /** A footnote's text; its number is the marker. */
        FOOTNOTE,
        /** Rows printed in columns (troop contributions, cost estimates); children are its header row, if any, then its rows. */
        TABLE,
        /** A table's header row: the names of its columns; children are its cells. */
        TABLE_HEADER,
        /** One row of a table; children are its cells. */
        TABLE_ROW,
        /** One cell of a table row: its words. */
        TABLE_CELL,
        /** The words a figure prints (a map's place names, legend and credit), in the order given, apart from the text. */
        FIGURE
    }

    public Block {
        number = number == null ? "" : number;
        anchor = anchor == null ? "" : anchor;
        spans = List.copyOf(spans);
        children = List.copyOf(children);
    }

    /** A plain paragraph, as tests and simple sources need it. */
    public static Block paragraph(String anchor, String text) {
        return new Block(Type.PARAGRAPH, anchor, "", List.of(Span.text(text)), 0, List.of());
    }

    /** The block's own words as one string (footnote markers left out; children not included). */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            if (span.kind() != Span.Kind.NOTE_REF) {
                out.append(span.text());
            }
        }
        return out.toString();
    }

    /** The opening words printed in italics, or empty. */
    public String opening() {
        return spans.stream().filter(s -> s.kind() == Span.Kind.OPENING).map(Span::text).findFirst().orElse("");
    }
}
