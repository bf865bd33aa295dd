package dossier.publishing;

import dossier.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content folder as JBake should crawl it. JBake names a page after its source file
 * ("A-RES-72-297.txt" → "A-RES-72-297.html", a space or an accent percent-encoded), while every stage of
 * dossier names it by {@link Document#slugOf} ("a-res-72-297"). So JBake crawls a mirror of content/
 * whose UN sources bear their page names: links to the editor's files, not copies; copies only where
 * the file system has no links.
 */
public final class PageNamedContent implements AutoCloseable {

    private static final String SOURCE_EXTENSION = ".txt";
    private final Path root;

    private PageNamedContent(Path root) {
        this.root = root;
    }

    public static PageNamedContent mirror(Path content) {
        try {
            Path root = Files.createTempDirectory("dossier-content-");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(content)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                Path target = root.resolve(content.relativize(file).toString());
                if (name.endsWith(SOURCE_EXTENSION)) {
                    target = target.resolveSibling(Document.slugOf(name) + SOURCE_EXTENSION);
                }
                Files.createDirectories(target.getParent());
                try {
                    Files.createSymbolicLink(target, file.toAbsolutePath());
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(file, target);
                }
            }
            return new PageNamedContent(root);
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
