package dossier.rendering;

import dossier.model.Block;
import dossier.model.Document;
import org.jsoup.nodes.Element;

/** Renders a document model as semantic HTML: the element with id "document-text", in source order. */
public final class DocumentHtml {

    private DocumentHtml() {
    }

    public static Element render(Document document) {
        Element root = new Element("div").id("document-text");
        for (Block block : document.blocks()) {
            appendBlock(root, block);
        }
        return root;
    }

    private static void appendBlock(Element parent, Block block) {
        Element element = parent.appendElement(block.type() == Block.Type.HEADING ? "h2" : "p");
        if (!block.anchor().isEmpty()) {
            element.id(block.anchor());
        }
        element.appendText(block.text());
        for (Block child : block.children()) {
            appendBlock(parent, child);
        }
    }
}
