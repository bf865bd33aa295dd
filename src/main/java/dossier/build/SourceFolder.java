package dossier.build;

import dossier.model.Document;
import dossier.reading.DocumentReader;
import dossier.reading.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds and reads every UN text source (.txt) under a content folder, in a stable order. */
final class SourceFolder {

    static final String SOURCE_EXTENSION = ".txt";

    private SourceFolder() {
    }

    /**
     * Deletes from a baked site the copies JBake made of the sources: it copies every content file it has
     * no markup engine for, and the sources are rendered by dossier itself, not by JBake.
     */
    static void removeCopies(Path content, Path site) {
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path source : walk.filter(p -> p.getFileName().toString().endsWith(SOURCE_EXTENSION)).toList()) {
                Files.deleteIfExists(site.resolve(content.relativize(source).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> readAll(Path content) {
        if (!Files.isDirectory(content)) {
            throw new dossier.publishing.BuildException("no content folder at " + content);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(SOURCE_EXTENSION))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            String slug = Document.slugOf(file.getFileName().toString());
            Path other = seen.putIfAbsent(slug, file);
            if (other != null) {
                throw new SourceException(file, 1, "same page name '" + slug + "' as " + other + "; rename one of them");
            }
        }
        // Read together: a word split at a line end is rejoined on evidence from the whole dossier.
        return DocumentReader.readAll(files);
    }
}
