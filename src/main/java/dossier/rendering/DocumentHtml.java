package dossier.rendering;

import dossier.annotation.PageContract;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Span;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Renders a document model as semantic HTML: the element with id "document-text", in source order.
 * The source's words, printed numbers included, are text; what the build adds — the link to copy for
 * each anchored block — carries {@code data-added}. The source's title is the page's h1.
 */
public final class DocumentHtml {

    private static final String TITLE_ID = "document-title";
    private static final Pattern IN_ANNEX = Pattern.compile("^(annex(?:-\\d+)?)-");

    /** Markers whose footnote the source prints: only those become links. */
    private final Set<String> footnotes;

    private DocumentHtml(Set<String> footnotes) {
        this.footnotes = footnotes;
    }

    public static Element render(Document document) {
        Set<String> footnotes = document.blocks().stream().filter(b -> b.type() == Block.Type.FOOTNOTE)
                .map(Block::number).collect(Collectors.toSet());
        return new DocumentHtml(footnotes).renderBlocks(document);
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
            case FOOTNOTE -> content(parent.appendElement("p").addClass("footnote").id(block.anchor()), block);
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
                            .attr("aria-label", "Link to " + label(block) + " (" + span.label() + ")")
                            .attr(PageContract.ADDED_ATTRIBUTE, "").text("¶");
                    item.appendText(span.text());
                }
                case NOTE_REF -> {
                    Element sup = element.appendElement("sup").addClass("footnote-ref");
                    if (footnotes.contains(span.text())) {
                        sup.appendElement("a").attr("href", "#fn-" + span.text()).text(span.text());
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
                .attr("aria-label", "Link to " + label(block)).attr(PageContract.ADDED_ATTRIBUTE, "").text("¶");
    }

    private static String label(Block block) {
        String number = block.number().replaceAll("\\.$", "");
        String where = block.type() == Block.Type.ANNEX ? "" : annexOf(block.anchor());
        return where + switch (block.type()) {
            case PREAMBULAR -> "preambular paragraph " + block.anchor().replaceAll(".*pp-", "");
            case OPERATIVE, PARAGRAPH -> number.isEmpty()
                    ? "paragraph " + block.anchor().replaceAll(".*p-", "") + " (unnumbered)"
                    : "paragraph " + number;
            case SUBPARAGRAPH -> "sub-paragraph " + block.number();
            case HEADING -> "section " + (number.isEmpty() ? "“" + block.text() + "”" : number);
            case ANNEX -> block.anchor().replace('-', ' ');
            default -> block.anchor();
        };
    }

    /** "annex-2-p-3" is in annex 2: its label says so. */
    private static String annexOf(String anchor) {
        Matcher m = IN_ANNEX.matcher(anchor);
        return m.find() ? m.group(1).replace('-', ' ') + ", " : "";
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
