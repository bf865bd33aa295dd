package dossier.rendering;

import dossier.model.PageAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jsoup.nodes.Element;

/**
 * A document's annotated text as HTML, held from the pass until its page is written. Every document's
 * text is held at once until the pages are written, the largest part of a large build's memory (some
 * 1.5 GB at 10,000 documents as UTF-8): it is kept deflated, which HTML's repeated markup shrinks several
 * times over, at the fastest level, as each text is deflated once and inflated once. Its ids and links,
 * read as it is rendered, go with it to the link check of its page.
 */
public final class HtmlText {

    private final byte[] deflated;
    private final int length;
    private final PageLinks links;

    private HtmlText(byte[] deflated, int length, PageLinks links) {
        this.deflated = deflated;
        this.length = length;
        this.links = links;
    }

    /** A document's text as {@link DocumentHtml#render} made it. */
    public static HtmlText of(Element text) {
        byte[] utf8 = text.outerHtml().getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new HtmlText(out.toByteArray(), utf8.length, PageLinks.of(text));
        } finally {
            deflater.end();
        }
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
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] utf8 = new byte[length];
            int done = 0;
            while (done < length && !inflater.finished()) {
                done += inflater.inflate(utf8, done, length - done);
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a document's text held by the build is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
