package dossier.rendering;

import org.jsoup.nodes.Element;

/** What a reader reads of part of a document page as the source's words: its text without what the build added ({@link PageContract}). */
public final class PageWords {

    private PageWords() {
    }

    /** The element's text, less what the build added. */
    public static String of(Element element) {
        return withoutAdded(element).text();
    }

    /** A copy of the element without what the build added. */
    static Element withoutAdded(Element element) {
        Element copy = element.clone();
        copy.select("*").stream().filter(PageContract::isAdded).toList().forEach(Element::remove);
        return copy;
    }
}
