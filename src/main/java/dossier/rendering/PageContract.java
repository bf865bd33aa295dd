package dossier.rendering;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page contract every stage after reading relies on: on a document page the source's words are
 * inside id="document-text", and whatever the build adds is inside one of these elements or an element
 * marked data-added. Annotators never mark added words; search never indexes them.
 */
public final class PageContract {

    public static final String TEXT_ID = "document-text";
    public static final String ADDED_ATTRIBUTE = "data-added";
    private static final Set<String> ADDED_TAGS = Set.of("aside", "nav", "button", "script", "template", "style");

    private PageContract() {
    }

    /** Whether the build, not the source, put this element (and everything in it) on the page. */
    public static boolean isAdded(Element element) {
        return ADDED_TAGS.contains(element.normalName()) || element.hasAttr(ADDED_ATTRIBUTE);
    }
}
