package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
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
        requireReplaceable(target);
        try {
            Files.createDirectories(target.getParent());
            return new OutputSwap(target, Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".building-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder beside " + target, e);
        }
    }

    /**
     * The swap deletes what was in the output folder, so it must be a site: absent, empty, or holding a
     * home page. A file, or a folder of anything else (the dossier itself, a home folder), is refused.
     */
    private static void requireReplaceable(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BuildException(target + " is a file, not a folder; give --output a folder for the site");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(target.resolve("index.html"))) {
                throw new BuildException(target + " holds files but no site (no index.html), and a build replaces"
                        + " the whole folder; give --output an empty or new folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
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

    /**
     * Brings the output to the staged site file by file, for a server reading it meanwhile: a changed file
     * is replaced by a rename (a reader gets the old file or the new one, never half of one, and never finds
     * it missing), an unchanged one is left alone, and what the staged site no longer has is deleted.
     */
    public void update() {
        try {
            Set<Path> staged;
            try (Stream<Path> paths = Files.walk(staging)) {
                staged = paths.map(staging::relativize).collect(Collectors.toSet());
            }
            if (Files.exists(output)) {
                try (Stream<Path> paths = Files.walk(output)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        if (!staged.contains(output.relativize(path))) {
                            Files.delete(path);
                        }
                    }
                }
            }
            for (Path relative : staged.stream().sorted().toList()) {
                Path from = staging.resolve(relative);
                Path to = output.resolve(relative);
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (!Files.exists(to) || Files.mismatch(from, to) != -1) {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + output + " with the new site", e);
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
