package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
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
        return make(folder, (root, target) -> {
            for (Path file : files) {
                Path link = target.apply(file);
                try {
                    Files.createSymbolicLink(link, file.toAbsolutePath());
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(file, link);
                }
            }
        });
    }

    /** The editorial pages of {@code content}, each as JBake reads it ({@link EditorialPage#jbakeText}). */
    public static EditorialContent pages(Path content, List<EditorialPage> pages) {
        return make(content, (root, target) -> {
            for (EditorialPage page : pages) {
                Path copy = Files.writeString(target.apply(page.file()), page.jbakeText(), StandardCharsets.UTF_8);
                // JBake dates a page without a date by its file's time: the editor's, as with a link.
                Files.setLastModifiedTime(copy, Files.getLastModifiedTime(page.file()));
            }
        });
    }

    private interface Filling {
        void fill(Path root, Function<Path, Path> target) throws IOException;
    }

    private static EditorialContent make(Path folder, Filling filling) {
        try {
            Path root = Files.createTempDirectory("dossier-" + folder.getFileName() + "-");
            filling.fill(root, file -> {
                Path target = root.resolve(folder.relativize(file).toString());
                try {
                    Files.createDirectories(target.getParent());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return target;
            });
            return new EditorialContent(root);
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot prepare " + folder + " for JBake",
                    e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e);
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
