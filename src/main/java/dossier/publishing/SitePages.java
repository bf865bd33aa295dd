package dossier.publishing;

import dossier.model.PageAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What a build wrote, listed once when the pages and scripts are all written: the sitemap, the link
 * check, the published addresses, the zip and the page count all take this listing, so a build walks
 * its site once. What is written after it is added by whoever writes it ({@link #with}).
 *
 * @param site    the site's folder
 * @param paths   every file and folder of the site but its root, relative to it with "/" between names, sorted
 * @param folders those of {@code paths} that are folders
 */
public record SitePages(Path site, List<String> paths, Set<String> folders) {

    public SitePages {
        paths = List.copyOf(paths);
        folders = Set.copyOf(folders);
    }

    /** Lists the site as it now is. */
    public static SitePages of(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            Set<String> paths = new TreeSet<>();
            Set<String> folders = new TreeSet<>();
            walk.filter(p -> !p.equals(site)).forEach(p -> {
                String path = relative(site, p);
                paths.add(path);
                if (Files.isDirectory(p)) {
                    folders.add(path);
                }
            });
            return new SitePages(site, List.copyOf(paths), folders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listing with files written since (relative to the site, "/" between names). */
    public SitePages with(String... written) {
        Set<String> more = new TreeSet<>(paths);
        more.addAll(List.of(written));
        return new SitePages(site, List.copyOf(more), folders);
    }

    /** Every file of the site, relative to its root, sorted. */
    public List<String> files() {
        return paths.stream().filter(path -> !folders.contains(path)).toList();
    }

    /** Every HTML page of the site, relative to its root, sorted: what the sitemap lists and what a later build must keep. */
    public List<String> pages() {
        return files().stream().filter(path -> PageAddress.isPage(path.substring(path.lastIndexOf('/') + 1))).toList();
    }

    /** A path inside the site with "/" between its names, whatever the platform (a "\" in a name stays in it). */
    private static String relative(Path site, Path file) {
        return StreamSupport.stream(site.relativize(file).spliterator(), false).map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
