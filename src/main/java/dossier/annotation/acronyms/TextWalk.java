package dossier.annotation.acronyms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The source's own words in a rendered document text, each text with the anchored element it stands
 * in. Learning the glossary and annotating a page walk the same texts, so what the glossary counts is
 * what the page marks.
 */
final class TextWalk {

    /** A text of the document, the closest anchored element around it ("" if none), and whether it is inside a link. */
    record Located(TextNode node, String anchor, boolean inLink) {
    }

    /** What the build adds or has already marked: not the source's words, or not to be marked twice. */
    private static final Set<String> SKIPPED = Set.of("aside", "nav", "button", "script", "template", "style", "abbr");
    static final String MARK_CLASS = "acronym";

    private TextWalk() {
    }

    static List<Located> texts(Element documentText) {
        List<Located> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                locate(text, documentText).ifPresent(texts::add);
            }
        }, documentText);
        return texts;
    }

    private static Optional<Located> locate(TextNode text, Element root) {
        String anchor = null;
        boolean inLink = false;
        for (Node at = text.parent(); at instanceof Element element && at != root; at = at.parent()) {
            if (SKIPPED.contains(element.normalName()) || element.hasAttr("data-added") || element.hasClass(MARK_CLASS)) {
                return Optional.empty();
            }
            inLink |= element.normalName().equals("a");
            if (anchor == null && !element.id().isEmpty()) {
                anchor = element.id();
            }
        }
        return Optional.of(new Located(text, anchor == null ? "" : anchor, inLink));
    }
}
