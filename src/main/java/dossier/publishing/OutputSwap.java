package dossier.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * Creates an empty staging folder next to {@code output} (same file system, so the swap is a rename),
     * once the output is known to be a folder a build may replace.
     */
    public static OutputSwap beside(Path output, SiteSources sources) {
        Path target = real(output.toAbsolutePath().normalize());
        requireApart(target, sources);
        requireReplaceable(target);
        String staging = "." + target.getFileName() + ".building-";
        try {
            Files.createDirectories(target.getParent());
            // What a killed or superseded build left (only dossier names a folder so): one build of an output at
            // a time. Deleted beside this build, which writes into a folder of its own: a large site's files
            // take a while to delete, and serve's next rebuild shows its changed pages meanwhile.
            List<Path> left;
            try (Stream<Path> siblings = Files.list(target.getParent())) {
                left = siblings.filter(p -> p.getFileName().toString().startsWith(staging)).toList();
            }
            if (!left.isEmpty()) {
                new Thread(() -> left.forEach(OutputSwap::deleteQuietly), "dossier-delete-leftovers").start();
            }
            return new OutputSwap(target, Files.createTempDirectory(target.getParent(), staging));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder beside " + target, e);
        }
    }

    /**
     * The output is replaced whole, and what lies in content/ is read as sources: an output that is or holds
     * the dossier folder would delete it, and one inside a folder the build reads would be read back.
     */
    private static void requireApart(Path target, SiteSources sources) {
        Path root = real(sources.root());
        if (root.startsWith(target)) {
            throw new BuildException(target + ": the output folder " + (root.equals(target) ? "is" : "holds")
                    + " the dossier folder " + root + ", and a build replaces the whole output; give --output a folder of its own");
        }
        for (Path read : List.of(sources.content(), sources.templates(), sources.assets())) {
            if (target.startsWith(real(read))) {
                throw new BuildException(target + ": the output folder lies inside " + real(read)
                        + ", which the build reads; give --output a folder outside it");
            }
        }
    }

    /** The path with its existing part's links resolved, so that a link cannot hide where a folder is. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                try {
                    return existing.toRealPath().resolve(existing.relativize(absolute));
                } catch (IOException e) {
                    return absolute;
                }
            }
        }
        return absolute;
    }

    /**
     * The swap deletes what was in the output folder, so it must be absent, empty, or a site a build made:
     * one holding {@value PublishedAddresses#FILE}, which every build writes. Anything else (a website of
     * the editor's, a home folder) is refused.
     */
    private static void requireReplaceable(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BuildException(target + " is a file, not a folder; give --output a folder for the site");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(target.resolve(PublishedAddresses.FILE))) {
                throw new BuildException(target + " holds files that no dossier build made (it has no "
                        + PublishedAddresses.FILE + ", the file every build writes), and a build replaces the whole"
                        + " folder; give --output an empty or new folder, or one an earlier build made");
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
     * Returns the files replaced, added or deleted, relative to the output, with forward slashes.
     */
    public List<String> update() {
        List<String> changed = new ArrayList<>();
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
                            changed.add(slashed(output.relativize(path)));
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
                    changed.add(slashed(relative));
                }
            }
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + output + " with the new site", e);
        }
        return changed;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    /** Throws the staged site away; the output is untouched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what a build left; what cannot be deleted now is left for the next build's try. */
    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException | UncheckedIOException e) {
            // The next build tries again.
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
