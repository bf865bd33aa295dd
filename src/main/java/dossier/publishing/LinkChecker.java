package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Path site;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    private LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Fails with a {@link BuildException} naming each page and link that does not land. */
    public static void check(Path site) {
        List<String> broken = new LinkChecker(site).brokenLinks();
        if (!broken.isEmpty()) {
            throw new BuildException(broken.size() + " broken link" + (broken.size() == 1 ? "" : "s")
                    + " in the built site:\n  " + String.join("\n  ", broken));
        }
    }

    private List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlPages()) {
            Document html = parse(page);
            idsByPage.put(page, ids(html));
            for (Element element : html.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = problem(page, link.strip());
                if (problem != null) {
                    broken.add(site.relativize(page) + ": <" + element.tagName() + "> '" + link + "' " + problem);
                }
            }
        }
        return broken;
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
        if (path.endsWith("/") || Files.isDirectory(target)) {
            return "links to a folder (breaks when opened from disk); link to the file itself";
        }
        if (!Files.isRegularFile(target)) {
            return "names a file the site does not have (" + site.relativize(target) + ")";
        }
        String fragment = uri.getFragment();
        if (fragment == null || fragment.isEmpty() || !isHtml(target)) {
            return null;
        }
        return ids(target).contains(fragment) ? null
                : "has no target: " + site.relativize(target) + " has no element with id '" + fragment + "'";
    }

    private Set<String> ids(Path page) {
        return idsByPage.computeIfAbsent(page, p -> ids(parse(p)));
    }

    /** What a #fragment can name: an element's id, or the name of an old-style anchor. */
    private static Set<String> ids(Document html) {
        return html.select("[id], a[name]").stream()
                .map(e -> e.hasAttr("id") ? e.id() : e.attr("name")).collect(Collectors.toSet());
    }

    private List<Path> htmlPages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(LinkChecker::isHtml).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
