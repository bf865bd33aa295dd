package dossier.publishing;

import dossier.model.Document;
import dossier.model.PageAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The addresses a site publishes, so that a link a teacher gave out keeps working: every page, and every
 * paragraph anchor of every document page ("documents/s-2012-894.html#para-12"). The build writes them
 * to {@value #FILE} in the site, one a line, sorted; the next build reads that file from the output it is
 * about to replace and names every address it would drop (a page renamed or removed, a paragraph that
 * lost or changed its anchor), failing instead of warning when asked to be strict.
 */
public final class PublishedAddresses {

    public static final String FILE = "published-addresses.txt";
    private static final Logger LOG = LoggerFactory.getLogger(PublishedAddresses.class);
    /** Dropped addresses named one by one in a message; a longer list ends with a count. */
    private static final int NAMED = 20;

    private PublishedAddresses() {
    }

    /**
     * Writes the listed site's addresses into it and compares them with those the previous site, in {@code
     * previous}, published; returns the listing with the file written.
     */
    public static SitePages record(SitePages listing, List<Document> documents, Path previous, boolean strict) {
        Path site = listing.site();
        Set<String> now = addresses(listing, documents);
        try {
            Files.writeString(site.resolve(FILE), String.join("\n", now) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + site.resolve(FILE), e);
        }
        Set<String> dropped = new TreeSet<>(read(previous.resolve(FILE)));
        dropped.removeAll(now);
        if (dropped.isEmpty()) {
            return listing.with(FILE);
        }
        String named = dropped.stream().limit(NAMED).collect(Collectors.joining("\n  "))
                + (dropped.size() > NAMED ? "\n  … and " + (dropped.size() - NAMED) + " more" : "");
        String message = dropped.size() + " address(es) the previous build published would no longer exist, and links"
                + " to them would break:\n  " + named + "\nKeep the sources' file names and numbering, or accept the change.";
        if (strict) {
            throw new BuildException(message + " (--strict refuses it; build without --strict to accept)");
        }
        LOG.warn("{}", message);
        return listing.with(FILE);
    }

    static Set<String> addresses(SitePages listing, List<Document> documents) {
        Set<String> addresses = new TreeSet<>(listing.pages());
        for (Document document : documents) {
            document.anchors().forEach(anchor -> addresses.add(PageAddress.at(PageAddress.of(document.slug()), anchor)));
        }
        return addresses;
    }

    private static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
