package dossier.rendering.book;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Links as the book needs them: a link to a page the book holds goes to its chapter (the same anchor), a
 * link to another site (undocs.org) stays, and a link to what the book does not hold (the home page, the
 * search page, an anchor of left-out furniture) keeps its words without the link.
 */
final class BookLinks {

    private BookLinks() {
    }

    /** Rewrites the links of a chapter made from the site page sitePath ("documents/x.html"). */
    static void rewrite(Element content, String sitePath, Set<String> bookPages) {
        for (Element link : content.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#") || hasScheme(href)) {
                continue;
            }
            URI target = URI.create("site:/" + sitePath).resolve(href);
            String page = target.getPath() == null ? "" : target.getPath().substring(1);
            if (bookPages.contains(page)) {
                int fragment = href.indexOf('#');
                String path = fragment < 0 ? href : href.substring(0, fragment);
                link.attr("href", Chapter.fileOf(path) + (fragment < 0 ? "" : href.substring(fragment)));
            } else {
                link.unwrap();
            }
        }
        Set<String> ids = new HashSet<>(content.select("[id]").eachAttr("id"));
        for (Element link : content.select("a[href^=#]")) {
            if (!ids.contains(link.attr("href").substring(1))) {
                link.unwrap();
            }
        }
        // ARIA references to what was left out are dropped with it.
        for (String attribute : new String[] {"aria-labelledby", "aria-describedby"}) {
            for (Element labelled : content.select("[" + attribute + "]")) {
                String kept = String.join(" ", Arrays.stream(labelled.attr(attribute).split("\\s+"))
                        .filter(ids::contains).toList());
                if (kept.isEmpty()) {
                    labelled.removeAttr(attribute);
                } else {
                    labelled.attr(attribute, kept);
                }
            }
        }
    }

    private static boolean hasScheme(String href) {
        return href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }
}
