package dossier.annotation.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The source words of one block of rendered text (a paragraph, a heading …) as a single string, with
 * the text nodes they come from, so a range of that string can be wrapped in a link. Words the build
 * added (asides, buttons … and elements with data-added) are not part of it; nested blocks are blocks
 * of their own.
 */
final class TextRuns {

    /** Elements whose text another annotator already made into something: never wrapped inside. */
    private static final Set<String> TAKEN = Set.of("a", "abbr");
    /** Where the page contract puts what the build adds (besides elements marked data-added). */
    private static final Set<String> ADDED = Set.of("aside", "nav", "button", "script", "template");

    private record Run(TextNode node, int start) {
        int end() {
            return start + node.getWholeText().length();
        }
    }

    private final Element block;
    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private TextRuns(Element block) {
        this.block = block;
        block.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != block && node instanceof Element element && (element.isBlock() || added(element))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    runs.add(new Run(textNode, text.length()));
                    text.append(textNode.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
        });
    }

    /** Every block of {@code root} that holds source text of its own, the root included. */
    static List<Element> blocks(Element root) {
        return root.getAllElements().stream()
                .filter(e -> e == root || e.isBlock() && !withinAdded(e, root))
                .toList();
    }

    private static boolean added(Element element) {
        return ADDED.contains(element.normalName()) || element.hasAttr("data-added");
    }

    private static boolean withinAdded(Element element, Element root) {
        for (Element e = element; e != null && e != root; e = e.parent()) {
            if (added(e)) {
                return true;
            }
        }
        return false;
    }

    static TextRuns of(Element block) {
        return new TextRuns(block);
    }

    String text() {
        return text.toString();
    }

    /**
     * Wraps the characters from {@code start} to {@code end} in {@code link}; says whether it did. Leaves
     * the text alone when that would put a link inside another link or an abbreviation, or across blocks.
     */
    boolean wrap(int start, int end, Element link) {
        Run first = runAt(start);
        Run last = runAt(end - 1);
        if (first == null || last == null || first.node().parent() != last.node().parent() || inTaken(first.node())) {
            return false;
        }
        List<Node> siblings = first.node().parent().childNodes();
        List<Node> between = siblings.subList(siblings.indexOf(first.node()), siblings.indexOf(last.node()) + 1);
        if (between.stream().anyMatch(n -> n instanceof Element e && (e.isBlock() || !e.select("a").isEmpty()))) {
            return false;
        }
        TextNode firstNode = first.node();
        TextNode lastNode = last.node();
        if (end < last.end()) {
            lastNode.splitText(end - last.start());
        }
        if (start > first.start()) {
            boolean oneNode = firstNode == lastNode;
            firstNode = firstNode.splitText(start - first.start());
            lastNode = oneNode ? firstNode : lastNode;
        }
        firstNode.before(link);
        List<Node> moving = new ArrayList<>();
        for (Node node = firstNode; node != null; node = node.nextSibling()) {
            moving.add(node);
            if (node == lastNode) {
                break;
            }
        }
        moving.forEach(link::appendChild);
        return true;
    }

    private Run runAt(int offset) {
        for (Run run : runs) {
            if (offset >= run.start() && offset < run.end()) {
                return run;
            }
        }
        return null;
    }

    private boolean inTaken(Node node) {
        for (Node parent = node.parent(); parent != null && parent != block; parent = parent.parent()) {
            if (parent instanceof Element element && TAKEN.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }
}
