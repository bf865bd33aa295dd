package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder as JBake should see it: only the files dossier publishes from it ({@link DossierFiles}), as
 * links to the editor's files, not copies (copies only where the file system has no links). For content/,
 * that is the editorial pages: not the UN sources, which dossier reads and renders itself, nor anything
 * else JBake would copy into the site as it is; for assets/, every asset but hidden files and backups.
 */
public final class EditorialContent implements AutoCloseable {

    private final Path root;

    private EditorialContent(Path root) {
        this.root = root;
    }

    /** A mirror of {@code folder} holding only {@code files}, which lie under it. */
    public static EditorialContent mirror(Path folder, List<Path> files) {
        try {
            Path root = Files.createTempDirectory("dossier-" + folder.getFileName() + "-");
            for (Path file : files) {
                Path target = root.resolve(folder.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.createSymbolicLink(target, file.toAbsolutePath());
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(file, target);
                }
            }
            return new EditorialContent(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder + " for JBake", e);
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
