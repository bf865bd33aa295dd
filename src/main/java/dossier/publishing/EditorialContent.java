package dossier.publishing;

import dossier.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content folder as JBake should crawl it: everything but the UN sources, which dossier reads and
 * renders itself (JBake would copy each into the site, under a name of its own). JBake crawls a mirror of
 * content/ made of links to the editor's files, not copies; copies only where the file system has no links.
 */
public final class EditorialContent implements AutoCloseable {

    private final Path root;

    private EditorialContent(Path root) {
        this.root = root;
    }

    public static EditorialContent mirror(Path content) {
        try {
            Path root = Files.createTempDirectory("dossier-content-");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(content)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                if (file.getFileName().toString().endsWith(Document.SOURCE_EXTENSION)) {
                    continue;
                }
                Path target = root.resolve(content.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.createSymbolicLink(target, file.toAbsolutePath());
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(file, target);
                }
            }
            return new EditorialContent(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + content + " for JBake", e);
        }
    }

    public Path root() {
        return root;
    }

    /** Removes the mirror (the links, never the editor's files). */
    @Override
    public void close() {
        try {
            OutputSwap.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
