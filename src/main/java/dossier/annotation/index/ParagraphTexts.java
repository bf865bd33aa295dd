package dossier.annotation.index;

import dossier.annotation.PageContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The source's own words in a rendered document text, paragraph by paragraph: each text goes to the
 * closest anchored element around it. What the build or an editor added (PageContract) is left out,
 * so an editor's note never makes a locator.
 */
final class ParagraphTexts {

    /** Between two runs of one paragraph's text that something else separates: no variant spans it. */
    static final char BREAK = '\u0001';

    /** A paragraph (or item) a link may land on, and its words. */
    record Paragraph(String anchor, String text) {
    }

    private ParagraphTexts() {
    }

    /** @param anchors the fragment ids a link may name (Document.anchors()); text elsewhere is not indexed */
    static List<Paragraph> of(Element documentText, Set<String> anchors) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        String[] last = {null};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                String anchor = anchorOf(text, documentText, anchors);
                if (anchor != null) {
                    StringBuilder words = texts.computeIfAbsent(anchor, a -> new StringBuilder());
                    if (!anchor.equals(last[0]) && !words.isEmpty()) {
                        words.append(BREAK);
                    }
                    words.append(text.getWholeText());
                }
                last[0] = anchor;
            }
        }, documentText);
        List<Paragraph> paragraphs = new ArrayList<>();
        texts.forEach((anchor, words) -> paragraphs.add(new Paragraph(anchor, words.toString())));
        return paragraphs;
    }

    /** The closest anchored element around a text, or null for added text or text outside any paragraph. */
    private static String anchorOf(TextNode text, Element root, Set<String> anchors) {
        String anchor = null;
        for (Node at = text.parent(); at instanceof Element element && at != root; at = at.parent()) {
            if (PageContract.isAdded(element)) {
                return null;
            }
            if (anchor == null && anchors.contains(element.id())) {
                anchor = element.id();
            }
        }
        return anchor;
    }
}
