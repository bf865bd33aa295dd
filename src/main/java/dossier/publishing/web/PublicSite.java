package dossier.publishing.web;

import dossier.publishing.SitePages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The files a public website has for search engines, written after the bake from the pages listed:
 * sitemap.xml, listing every HTML page but the "not found" page, and robots.txt, pointing to it. An
 * offline site gets neither (both must name absolute addresses).
 */
public final class PublicSite {

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private PublicSite() {
    }

    /** Writes sitemap.xml and robots.txt into a listed site when it has a public address; returns the listing with them. */
    public static SitePages write(SitePages listing, PublicAddress address) {
        if (!address.isSet()) {
            return listing;
        }
        Path site = listing.site();
        // Every HTML page but the "not found" page.
        List<String> pages = listing.pages().stream().filter(p -> !p.equals(WebPages.NOT_FOUND)).toList();
        try {
            writeSitemap(site.resolve(SITEMAP), address, pages);
            Files.writeString(site.resolve(ROBOTS), "User-agent: *\nAllow: /\n\nSitemap: " + address.of(SITEMAP) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sitemap of " + site, e);
        }
        return listing.with(SITEMAP, ROBOTS);
    }

    private static void writeSitemap(Path file, PublicAddress address, List<String> pages) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String page : pages) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(address.of(page));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
