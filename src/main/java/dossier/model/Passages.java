package dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Divides a document into its passages, in the order its page prints them. */
final class Passages {

    private final Set<String> footnotes;
    private final List<Passage> out = new ArrayList<>();
    private boolean titled;

    private Passages(Set<String> footnotes) {
        this.footnotes = footnotes;
    }

    static List<Passage> of(Document document) {
        Set<String> footnotes = document.blocks().stream().filter(b -> b.type() == Block.Type.FOOTNOTE)
                .map(Block::number).collect(Collectors.toSet());
        Passages passages = new Passages(footnotes);
        List<Block> notes = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block.type() == Block.Type.FOOTNOTE) {
                notes.add(block);
            } else {
                passages.add(block, List.of(), true);
            }
        }
        // Footnotes are printed at the foot of their page; on the web page they close the text.
        notes.forEach(note -> passages.add(note, List.of(), true));
        return List.copyOf(passages.out);
    }

    private void add(Block block, List<String> around, boolean topLevel) {
        List<String> anchors = block.anchor().isEmpty() ? around : prepend(block.anchor(), around);
        switch (block.type()) {
            case COVER, TABLE, TABLE_HEADER, TABLE_ROW -> block.children().forEach(child -> add(child, anchors, false));
            default -> {
                boolean title = topLevel && block.type() == Block.Type.TITLE && !titled;
                titled |= title;
                out.add(passage(block, anchors, title));
                block.children().forEach(child -> add(child, anchors, false));
            }
        }
    }

    private Passage passage(Block block, List<String> anchors, boolean title) {
        String anchor = anchors.isEmpty() ? "" : anchors.get(0);
        StringBuilder text = new StringBuilder();
        List<Passage.Piece> pieces = new ArrayList<>();
        if (!block.number().isEmpty()) {
            text.append(block.number());
            pieces.add(new Passage.Piece(0, text.length(), Passage.Kind.NUMBER, anchor, null, false));
            text.append(' ');
            pieces.add(new Passage.Piece(text.length() - 1, text.length(), Passage.Kind.SPACE, anchor, null, false));
        }
        for (Span span : block.spans()) {
            int start = text.length();
            text.append(span.text());
            Passage.Kind kind = switch (span.kind()) {
                case TEXT -> Passage.Kind.TEXT;
                case OPENING -> Passage.Kind.OPENING;
                case ITEM -> Passage.Kind.ITEM;
                case NOTE_REF -> Passage.Kind.NOTE_REF;
            };
            String at = kind == Passage.Kind.ITEM && !block.anchor().isEmpty() ? Anchors.item(block.anchor(), span) : anchor;
            pieces.add(new Passage.Piece(start, text.length(), kind, at, span,
                    kind == Passage.Kind.NOTE_REF && footnotes.contains(span.text())));
        }
        return new Passage(out.size(), block, anchors, title, text.toString(), pieces);
    }

    private static List<String> prepend(String anchor, List<String> around) {
        List<String> anchors = new ArrayList<>(around.size() + 1);
        anchors.add(anchor);
        anchors.addAll(around);
        return anchors;
    }
}
