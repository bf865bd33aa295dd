package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks, after baking, that every internal link of the site lands: the file it names exists in the
 * site and, when it has a #fragment, holds an element with that id. The site must work opened from disk
 * as well as served, so links to the server's root ("/x") or to folders ("x/") count as broken. Links to
 * other sites are not fetched.
 */
public final class LinkChecker {

    /** Schemes of links that leave the site; they are not checked. */
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel", "data");

    /** One link of a page: the element's tag and its href or src. */
    public record Link(String tag, String address) {
    }

    /** What a page, or a part of it, gives the check: the ids a #fragment can name, and its links. */
    public record PageLinks(Set<String> ids, List<Link> links) {

        /** The ids and links of {@code root} and everything inside it. */
        public static PageLinks of(Element root) {
            List<Link> links = new ArrayList<>();
            for (Element element : root.select("[href], [src]")) {
                links.add(new Link(element.tagName(), element.hasAttr("href") ? element.attr("href") : element.attr("src")));
            }
            return new PageLinks(LinkChecker.ids(root), links);
        }

        PageLinks with(PageLinks part) {
            Set<String> allIds = new HashSet<>(ids);
            allIds.addAll(part.ids());
            List<Link> allLinks = new ArrayList<>(links);
            allLinks.addAll(part.links());
            return new PageLinks(allIds, allLinks);
        }
    }

    private final Path site;
    private final Map<Path, PageLinks> pages = new ConcurrentHashMap<>();
    private Set<Path> files;
    private Set<Path> folders;

    private LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** A check of the site being built in {@code site}; pages written through it are not read back. */
    public static LinkChecker of(Path site) {
        return new LinkChecker(site);
    }

    /**
     * A page the build wrote, still in memory ({@code file} relative to the site). When the page holds a
     * text whose links are already known ({@code inside}, its HTML as written in the page), only the rest
     * of the page is parsed. Pages may be given from several threads at once.
     */
    public void page(String file, String html, String insideHtml, PageLinks inside) {
        int at = insideHtml == null ? -1 : html.indexOf(insideHtml);
        PageLinks links = at < 0 ? PageLinks.of(Jsoup.parse(html))
                : PageLinks.of(Jsoup.parse(html.substring(0, at) + html.substring(at + insideHtml.length()))).with(inside);
        pages.put(site.resolve(file).normalize(), links);
    }

    /** Checks a site on disk, every page read from its file. */
    public static void check(Path site) {
        of(site).check();
    }

    /** Fails with a {@link BuildException} naming each page and link that does not land. */
    public void check() {
        List<String> broken = brokenLinks();
        if (!broken.isEmpty()) {
            throw new BuildException(broken.size() + " broken link" + (broken.size() == 1 ? "" : "s")
                    + " in the built site:\n  " + String.join("\n  ", broken));
        }
    }

    private List<String> brokenLinks() {
        walk();
        for (Path page : files) {
            if (isHtml(page)) {
                pages.computeIfAbsent(page, p -> PageLinks.of(parse(p)));
            }
        }
        List<String> broken = new ArrayList<>();
        for (Path page : files.stream().filter(LinkChecker::isHtml).sorted().toList()) {
            for (Link link : pages.get(page).links()) {
                String problem = problem(page, link.address().strip());
                if (problem != null) {
                    broken.add(site.relativize(page) + ": <" + link.tag() + "> '" + link.address() + "' " + problem);
                }
            }
        }
        return broken;
    }

    /** Every file and folder of the site, looked up once rather than for each link. */
    private void walk() {
        try (Stream<Path> walk = Files.walk(site)) {
            files = new HashSet<>();
            folders = new HashSet<>();
            walk.forEach(p -> (Files.isDirectory(p) ? folders : files).add(p.normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code link} on {@code page} does not land, or null when it does. */
    private String problem(Path page, String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "is not a valid address (" + e.getReason() + ")";
        }
        if (uri.getScheme() != null) {
            return EXTERNAL_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    ? null : "uses the '" + uri.getScheme() + ":' scheme, which does not work on a reader's machine";
        }
        if (uri.getRawAuthority() != null) {
            return "leaves the site without naming a scheme (breaks when opened from disk)";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.startsWith("/")) {
            return "is relative to the server's root (breaks when opened from disk); link relatively";
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            return "points outside the site";
        }
        if (path.endsWith("/") || folders.contains(target)) {
            return "links to a folder (breaks when opened from disk); link to the file itself";
        }
        if (!files.contains(target)) {
            return "names a file the site does not have (" + site.relativize(target) + ")";
        }
        String fragment = uri.getFragment();
        if (fragment == null || fragment.isEmpty() || !isHtml(target)) {
            return null;
        }
        return pages.get(target).ids().contains(fragment) ? null
                : "has no target: " + site.relativize(target) + " has no element with id '" + fragment + "'";
    }

    /** What a #fragment can name: an element's id, or the name of an old-style anchor. */
    private static Set<String> ids(Element html) {
        return html.select("[id], a[name]").stream()
                .map(e -> e.hasAttr("id") ? e.id() : e.attr("name")).collect(Collectors.toSet());
    }

    private static boolean isHtml(Path file) {
        return file.getFileName().toString().endsWith(".html");
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
