package dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** What a reader's browser receives for one page of a site: the page and the scripts and styles it loads from the site. */
public final class PageWeight {

    /** The most a page with its scripts and styles may weigh, at any size of dossier. */
    public static final long BUDGET = 500 * 1024;

    private PageWeight() {
    }

    /** A page of a site: its file from the site's root, its own bytes and those with its scripts and styles. */
    public record Weighed(String file, long bytes, long withAssets) {
    }

    /** Every page of the site, the heaviest with its scripts and styles first. */
    public static List<Weighed> heaviest(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            List<Weighed> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.add(new Weighed(site.relativize(file).toString(), Files.size(file), withAssets(file)));
            }
            pages.sort(Comparator.comparingLong(Weighed::withAssets).reversed());
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long withAssets(Path page) {
        try {
            Set<Path> assets = new LinkedHashSet<>();
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("script[src], link[rel=stylesheet][href]")) {
                String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (!address.contains("://")) {
                    assets.add(page.getParent().resolve(address.replaceAll("[?#].*", "")).normalize());
                }
            }
            long total = Files.size(page);
            for (Path asset : assets) {
                total += Files.isRegularFile(asset) ? Files.size(asset) : 0;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
