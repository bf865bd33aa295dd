package dossier.rendering;

import dossier.model.PageAddress;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A document's annotated text as HTML, held from the pass until its page is written. Every document's
 * text is held at once until the pages are written, the largest part of a large build's memory (some
 * 1.5 GB at 10,000 documents as UTF-8): it is kept {@link Deflated}. Its ids and links,
 * read as it is rendered, go with it to the link check of its page.
 */
public final class HtmlText {

    private final Deflated html;
    private final PageLinks links;

    private HtmlText(Deflated html, PageLinks links) {
        this.html = html;
        this.links = links;
    }

    /** A document's text as {@link DocumentHtml#render} made it. */
    public static HtmlText of(Element text) {
        return new HtmlText(Deflated.of(text.outerHtml()), PageLinks.of(text));
    }

    PageLinks links() {
        return links;
    }

    /** The documents of the dossier this text links to (its citations), by slug: their pages' "Cited by" names it. */
    public Set<String> linkedDocuments() {
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            String address = links.address(i);
            int fragment = address.indexOf('#');
            String page = fragment < 0 ? address : address.substring(0, fragment);
            // A document page links to another by its file name alone (Target.href): no folder, no scheme.
            if (!page.isEmpty() && page.indexOf('/') < 0 && page.indexOf(':') < 0 && PageAddress.isPage(page)) {
                slugs.add(PageAddress.stem(page));
            }
        }
        return slugs;
    }

    public String html() {
        return html.text();
    }
}
