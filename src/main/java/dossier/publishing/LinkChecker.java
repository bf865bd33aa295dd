package dossier.publishing;

import dossier.model.PageAddress;
import dossier.rendering.PageLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Checks, after baking, that every internal link of the site lands: the file it names exists in the
 * site and, when it has a #fragment, holds an element with that id. The site must work opened from disk
 * as well as served, so links to the server's root ("/x") or to folders ("x/") count as broken. Links to
 * other sites are not fetched.
 *
 * <p>A large site has millions of links: each is checked as soon as its page is given, when the page it
 * names was given before, and only the others are kept until every file exists.
 */
public final class LinkChecker {

    /** Schemes of links that leave the site; they are not checked. */
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel", "data");

    /** Where a link lands, as far as its address alone says: a file of the site and a fragment (null if none). */
    private record Landing(Path file, String fragment) {
    }

    /** A link of a page (the {@code index}th) that is broken, or whose target was not known when its page was given. */
    private record Link(Path page, int index, String tag, String address, Landing landing, String problem) {

        String broken(Path site) {
            return site.relativize(page) + ": <" + tag + "> '" + address + "' " + problem;
        }
    }

    private final Path site;
    /** Every page given or read so far, with its ids. */
    private final Map<Path, PageLinks> pages = new ConcurrentHashMap<>();
    /** One path object per file named by the pending links. */
    private final Map<Path, Path> targets = new ConcurrentHashMap<>();
    private final Queue<Link> pending = new ConcurrentLinkedQueue<>();
    private final Queue<Link> broken = new ConcurrentLinkedQueue<>();

    private LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** A check of the site being built in {@code site}; pages written through it are not read back. */
    public static LinkChecker of(Path site) {
        return new LinkChecker(site);
    }

    /**
     * A page the build wrote ({@code file} relative to the site), with the ids and links its rendering
     * found: it is not read back. Pages may be given from several threads at once.
     */
    public void page(String file, PageLinks links) {
        add(site.resolve(file).normalize(), links);
    }

    /** Fails with a {@link BuildException} naming each page and link that does not land in the site listed. */
    public void check(SitePages listing) {
        List<String> broken = brokenLinks(listing);
        if (!broken.isEmpty()) {
            throw new BuildException(broken.size() + " broken link" + (broken.size() == 1 ? "" : "s")
                    + " in the built site:\n  " + String.join("\n  ", broken));
        }
    }

    /** Checks each link of a page whose target is known; keeps the others for the end. */
    private void add(Path page, PageLinks links) {
        pages.put(page, links);
        for (int i = 0; i < links.size(); i++) {
            String problem;
            try {
                Landing landing = landing(page, links.address(i).strip());
                PageLinks target = landing == null ? null : pages.get(landing.file());
                if (landing != null && target == null) {
                    pending.add(new Link(page, i, links.tag(i), links.address(i),
                            new Landing(targets.computeIfAbsent(landing.file(), f -> f), landing.fragment()), null));
                    continue;
                }
                // A page given is a file of the site.
                problem = landing == null ? null : missingFragment(landing, target);
            } catch (Unlanding e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                broken.add(new Link(page, i, links.tag(i), links.address(i), null, problem));
            }
        }
    }

    private List<String> brokenLinks(SitePages listing) {
        Set<Path> files = new HashSet<>();
        Set<Path> folders = new HashSet<>(Set.of(site));
        listing.paths().forEach(path -> (listing.folders().contains(path) ? folders : files).add(site.resolve(path).normalize()));
        List<Path> unread = files.stream().filter(p -> isHtml(p) && !pages.containsKey(p)).toList();
        // Pages the build wrote without rendering them (JBake's, the assets'), read now. Their ids first, so
        // that their links to each other are checked at once.
        unread.forEach(page -> pages.put(page, PageLinks.of(read(page))));
        unread.forEach(page -> add(page, pages.get(page)));
        for (Link link : pending) {
            Path target = link.landing().file();
            String problem = folders.contains(target) ? "links to a folder (breaks when opened from disk); link to the file itself"
                    : !files.contains(target) ? "names a file the site does not have (" + site.relativize(target) + ")"
                    : missingFragment(link.landing(), pages.get(target));
            if (problem != null) {
                broken.add(new Link(link.page(), link.index(), link.tag(), link.address(), null, problem));
            }
        }
        pending.clear();
        return broken.stream().filter(link -> files.contains(link.page()))
                .sorted(Comparator.comparing(Link::page).thenComparingInt(Link::index)).map(link -> link.broken(site)).toList();
    }

    /** Why a link to a file of the site does not land: a fragment its page lacks; null when it lands. */
    private String missingFragment(Landing landing, PageLinks target) {
        String fragment = landing.fragment();
        if (fragment == null || fragment.isEmpty() || !isHtml(landing.file()) || target.names(fragment)) {
            return null;
        }
        return "has no target: " + site.relativize(landing.file()) + " has no element with id '" + fragment + "'";
    }

    /** Why a link can land nowhere, whatever the site holds. */
    private static final class Unlanding extends Exception {
        Unlanding(String problem) {
            super(problem, null, false, false);
        }
    }

    /** Where {@code link} on {@code page} lands in the site, or null for a link that leaves the site. */
    private Landing landing(Path page, String link) throws Unlanding {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            throw new Unlanding("is not a valid address (" + e.getReason() + ")");
        }
        if (uri.getScheme() != null) {
            if (EXTERNAL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                return null;
            }
            throw new Unlanding("uses the '" + uri.getScheme() + ":' scheme, which does not work on a reader's machine");
        }
        if (uri.getRawAuthority() != null) {
            throw new Unlanding("leaves the site without naming a scheme (breaks when opened from disk)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.startsWith("/")) {
            throw new Unlanding("is relative to the server's root (breaks when opened from disk); link relatively");
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            throw new Unlanding("points outside the site");
        }
        if (path.endsWith("/")) {
            throw new Unlanding("links to a folder (breaks when opened from disk); link to the file itself");
        }
        String fragment = uri.getFragment();
        return new Landing(target, fragment == null ? null : fragment.intern());
    }

    private static boolean isHtml(Path file) {
        return PageAddress.isPage(file.getFileName().toString());
    }

    private static String read(Path page) {
        try {
            return new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
