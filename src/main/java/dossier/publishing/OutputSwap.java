package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds a site beside the output folder and swaps it in only when complete, so a failed build never
 * leaves a half-written site: the previous output stays as it was.
 */
public final class OutputSwap {

    private final Path output;
    private final Path staging;

    private OutputSwap(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates an empty staging folder next to {@code output} (same file system, so the swap is a rename). */
    public static OutputSwap beside(Path output) {
        Path target = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            return new OutputSwap(target, Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder beside " + target, e);
        }
    }

    public Path staging() {
        return staging;
    }

    /** Replaces the output with the staged site. */
    public void commit() {
        Path old = output.resolveSibling("." + output.getFileName() + ".previous");
        try {
            deleteTree(old);
            if (Files.exists(output)) {
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
    }

    /** Throws the staged site away; the output is untouched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
