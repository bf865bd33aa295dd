package dossier.rendering;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a page, or a part of it, gives the link check: the ids a #fragment can name, and its links (each
 * element's tag and its href or src), in the page's order. Made where the page is rendered, and held for
 * every page of a build, so its strings are interned: the same ids ("para-12") and links recur on
 * thousands of pages.
 */
public final class PageLinks {

    /** Sorted, distinct. */
    private final String[] ids;
    private final String[] tags;
    private final String[] addresses;

    private PageLinks(String[] ids, String[] tags, String[] addresses) {
        this.ids = ids;
        this.tags = tags;
        this.addresses = addresses;
    }

    /** The ids and links of {@code root} and everything inside it. */
    public static PageLinks of(Element root) {
        List<Element> linking = root.select("[href], [src]");
        String[] tags = new String[linking.size()];
        String[] addresses = new String[linking.size()];
        for (int i = 0; i < tags.length; i++) {
            Element element = linking.get(i);
            tags[i] = element.tagName().intern();
            addresses[i] = (element.hasAttr("href") ? element.attr("href") : element.attr("src")).intern();
        }
        return new PageLinks(ids(root).stream().map(String::intern).sorted().toArray(String[]::new), tags, addresses);
    }

    /** The ids and links of a page as written. */
    public static PageLinks of(String html) {
        return of(Jsoup.parse(html));
    }

    /**
     * The ids and links of a page that holds a document's text, whose own are known already: only the rest
     * of the page is parsed. A page without the text (null) is parsed whole.
     */
    static PageLinks of(String html, HtmlText text) {
        if (text == null) {
            return of(html);
        }
        String inside = text.html();
        int at = html.indexOf(inside);
        return at < 0 ? of(html) : of(html.substring(0, at) + html.substring(at + inside.length())).with(text.links());
    }

    PageLinks with(PageLinks part) {
        return new PageLinks(Stream.concat(Arrays.stream(ids), Arrays.stream(part.ids)).distinct().sorted().toArray(String[]::new),
                concat(tags, part.tags), concat(addresses, part.addresses));
    }

    /** Whether an element of the page has this id (or old-style anchor name). */
    public boolean names(String id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** How many links the page has. */
    public int size() {
        return addresses.length;
    }

    /** The tag of the {@code index}th link's element ("a", "script"). */
    public String tag(int index) {
        return tags[index];
    }

    /** The {@code index}th link's address, its href or src as written. */
    public String address(int index) {
        return addresses[index];
    }

    private static String[] concat(String[] first, String[] second) {
        String[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /** What a #fragment can name: an element's id, or the name of an old-style anchor. */
    private static Set<String> ids(Element html) {
        Set<String> ids = new HashSet<>();
        html.select("[id], a[name]").forEach(e -> ids.add(e.hasAttr("id") ? e.id() : e.attr("name")));
        return ids;
    }
}
