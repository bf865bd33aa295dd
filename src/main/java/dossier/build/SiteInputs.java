package dossier.build;

import dossier.publishing.DossierFiles;
import dossier.publishing.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every file a build reads beside the UN sources, each by its path, size and time of last change:
 * jbake.properties, the templates, the assets, and content/ outside documents/ (editorial pages,
 * glossary.yml, index.yml, notes). Any of them may reach every page, so serve's rebuilds reuse nothing
 * of the last build once these differ. A value: equal when no such file was added, removed or written.
 */
record SiteInputs(List<String> files) {

    static SiteInputs of(SiteSources sources) {
        List<String> files = new ArrayList<>();
        add(sources.root().resolve("jbake.properties"), null, files);
        add(sources.templates(), null, files);
        add(sources.assets(), null, files);
        add(sources.content(), sources.content().resolve(DossierFiles.DOCUMENTS), files);
        return new SiteInputs(files);
    }

    private static void add(Path root, Path except, List<String> files) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> except == null || !p.startsWith(except)).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                files.add(path + " " + attributes.size() + " " + attributes.lastModifiedTime().toInstant());
            }
        } catch (IOException | UncheckedIOException e) {
            // A file removed while listed: the inputs are not known, so unlike any others.
            files.add(root + " unreadable at " + System.nanoTime());
        }
    }
}
