package dossier.publishing;

import dossier.model.PageAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The pages a build wrote, as their addresses: what the sitemap lists and what a later build must keep. */
public final class SitePages {

    private SitePages() {
    }

    /** Every HTML page of the site, relative to its root with "/" between names, sorted. */
    public static List<String> of(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> Files.isRegularFile(p) && PageAddress.isPage(p.getFileName().toString()))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
