package dossier.rendering;

import dossier.annotation.PageContract;
import dossier.model.AnchorLabels;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Renders a document model as semantic HTML: the element with id "document-text", in source order.
 * The source's words, printed numbers included, are text; what the build adds — the link to copy for
 * each anchored block, the way back from a footnote to its marker — carries {@code data-added}. The
 * source's title is the page's h1. A footnote marker links to its footnote ({@code #fn-1}) and carries the
 * anchor the footnote links back to ({@code fnref-1}); labels come from {@link AnchorLabels}.
 */
public final class DocumentHtml {

    private static final String TITLE_ID = "document-title";
    private static final String MARKER_PREFIX = "fnref-";

    /** Markers whose footnote the source prints: only those become links. */
    private final Set<String> footnotes;
    /** Markers the text carries: only their footnotes link back. */
    private final Set<String> marked;
    /** Marker anchors handed out: a footnote marked twice links back to the first. */
    private final Set<String> markerIds = new HashSet<>();

    private DocumentHtml(Set<String> footnotes, Set<String> marked) {
        this.footnotes = footnotes;
        this.marked = marked;
    }

    public static Element render(Document document) {
        Set<String> footnotes = document.blocks().stream().filter(b -> b.type() == Block.Type.FOOTNOTE)
                .map(Block::number).collect(Collectors.toSet());
        Set<String> marked = document.blocks().stream().flatMap(DocumentHtml::withChildren)
                .flatMap(b -> b.spans().stream()).filter(s -> s.kind() == Span.Kind.NOTE_REF)
                .map(Span::text).collect(Collectors.toSet());
        return new DocumentHtml(footnotes, marked).renderBlocks(document);
    }

    private static Stream<Block> withChildren(Block block) {
        return Stream.concat(Stream.of(block), block.children().stream().flatMap(DocumentHtml::withChildren));
    }

    private Element renderBlocks(Document document) {
        Element root = new Element("div").id(PageContract.TEXT_ID);
        boolean titled = false;
        for (Block block : document.blocks()) {
            if (block.type() == Block.Type.TITLE && !titled) {
                titled = true;
                content(root.appendElement("h1").id(TITLE_ID).addClass("document-title"), block);
            } else {
                append(root, block, 1);
            }
        }
        footnoteSection(root);
        return root;
    }

    /** Whether the text prints its own title; the page template adds one only when it does not. */
    public static boolean printsTitle(Document document) {
        return document.blocks().stream().anyMatch(b -> b.type() == Block.Type.TITLE);
    }

    private void append(Element parent, Block block, int annexDepth) {
        switch (block.type()) {
            case COVER -> {
                Element cover = parent.appendElement("div").addClass("cover");
                for (Block line : block.children()) {
                    content(cover.appendElement("p").addClass("cover-line"), line);
                }
            }
            case TITLE -> content(parent.appendElement("h" + Math.min(6, annexDepth + 1)).addClass("annex-title"), block);
            case HEADING -> {
                Element heading = parent.appendElement("h" + Math.min(6, block.level() + annexDepth)).id(block.anchor());
                permalink(heading, block);
                content(heading, block);
            }
            case ANNEX -> {
                Element section = parent.appendElement("section").addClass("annex").id(block.anchor());
                Element heading = section.appendElement("h2").addClass("annex-heading");
                permalink(heading, block);
                content(heading, block);
                for (Block child : block.children()) {
                    append(section, child, 2);
                }
            }
            case PREAMBLE_OPENING -> content(parent.appendElement("p").addClass("preamble-opening"), block);
            case NOTE -> content(parent.appendElement("p").addClass("note"), block);
            case SIGNATURE -> content(parent.appendElement("p").addClass("signature"), block);
            case ADOPTION -> content(parent.appendElement("p").addClass("adoption"), block);
            case FOOTNOTE -> footnote(parent, block);
            default -> paragraph(parent, block);
        }
    }

    /** A paragraph: a {@code <p>}, or a {@code <div>} holding its own {@code <p>} and its sub-paragraphs. */
    private void paragraph(Element parent, Block block) {
        String kind = switch (block.type()) {
            case PREAMBULAR -> "preambular";
            case OPERATIVE -> "operative";
            case SUBPARAGRAPH -> "subparagraph";
            default -> "paragraph";
        };
        Element text;
        if (block.children().isEmpty()) {
            text = parent.appendElement("p").addClass(kind);
            if (!block.anchor().isEmpty()) {
                text.id(block.anchor());
            }
        } else {
            Element holder = parent.appendElement("div").addClass(kind);
            if (!block.anchor().isEmpty()) {
                holder.id(block.anchor());
            }
            text = holder.appendElement("p");
        }
        permalink(text, block);
        content(text, block);
        if (!block.children().isEmpty()) {
            Element list = text.parent();
            for (Block child : block.children()) {
                paragraph(list, child);
            }
        }
    }

    /** The printed number, then the words: opening words emphasised, footnote markers as references, items linkable. */
    private void content(Element element, Block block) {
        if (!block.number().isEmpty()) {
            element.appendElement("span").addClass("number").text(block.number());
            element.appendText(" ");
        }
        for (Span span : block.spans()) {
            switch (span.kind()) {
                case TEXT -> element.appendText(span.text());
                case OPENING -> element.appendElement("em").addClass("opening").text(span.text());
                case ITEM -> {
                    String anchor = block.anchor() + "-" + span.label();
                    Element item = element.appendElement("span").addClass("item").id(anchor);
                    item.appendElement("a").addClass("permalink").attr("href", "#" + anchor)
                            .attr("aria-label", "Link to " + AnchorLabels.label(anchor))
                            .attr(PageContract.ADDED_ATTRIBUTE, "").text("¶");
                    item.appendText(span.text());
                }
                case NOTE_REF -> {
                    Element sup = element.appendElement("sup").addClass("footnote-ref");
                    if (footnotes.contains(span.text())) {
                        if (markerIds.add(span.text())) {
                            sup.id(MARKER_PREFIX + span.text());
                        }
                        String footnote = "fn-" + span.text();
                        sup.appendElement("a").attr("href", "#" + footnote)
                                .attr("aria-label", AnchorLabels.label(footnote)).text(span.text());
                    } else {
                        sup.text(span.text());
                    }
                }
            }
        }
    }

    /** The link a reader copies to cite this block: a plain fragment link, enhanced by dossier.js. */
    private static void permalink(Element element, Block block) {
        if (block.anchor().isEmpty()) {
            return;
        }
        element.appendElement("a").addClass("permalink").attr("href", "#" + block.anchor())
                .attr("aria-label", "Link to " + AnchorLabels.label(block.anchor())).attr(PageContract.ADDED_ATTRIBUTE, "").text("¶");
    }

    /** A footnote, and the way back to where the text marks it. */
    private void footnote(Element parent, Block block) {
        Element note = parent.appendElement("p").addClass("footnote").id(block.anchor());
        content(note, block);
        if (marked.contains(block.number())) {
            note.appendText(" ");
            note.appendElement("a").addClass("footnote-back").attr("href", "#" + MARKER_PREFIX + block.number())
                    .attr("aria-label", "Back to the text at " + AnchorLabels.label(block.anchor()))
                    .attr(PageContract.ADDED_ATTRIBUTE, "").text("↩");
        }
    }

    /** Footnotes are printed at the foot of their page; on the web page they close the text. */
    private static void footnoteSection(Element root) {
        List<Element> notes = root.children().stream().filter(e -> e.hasClass("footnote")).toList();
        if (notes.isEmpty()) {
            return;
        }
        Element section = root.appendElement("section").addClass("footnotes");
        section.appendElement("h2").attr(PageContract.ADDED_ATTRIBUTE, "").text("Notes");
        notes.forEach(section::appendChild);
    }
}
