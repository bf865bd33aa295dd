package dossier.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder a test fixture is made in once per test run, for every test JVM of the run: surefire's forks
 * each made their own (the real dossier's bakes, the generated dossier), seconds of CPU each on a machine
 * of two cores. The run is named by the system property {@value #RUN} (the pom gives Maven's build
 * timestamp): the first JVM that needs a fixture makes it under target/test-run/, holding a file lock that
 * the others wait on, then read what it made. Without the property (a class run from an IDE) the JVM makes
 * its own in a temporary folder, removed when it exits.
 */
public final class RunFixture {

    static final String RUN = "dossier.test.run";
    private static final Path RUNS = Path.of("target", "test-run").toAbsolutePath();

    /** Fills the empty folder it is given with a fixture. */
    public interface Maker {
        void make(Path folder) throws IOException;
    }

    private RunFixture() {
    }

    /**
     * The folder of the fixture {@code name}, which {@code make} fills (an empty folder when it is called);
     * made once per run, or once per JVM when no run is named. Callers keep what it returns, once per JVM.
     */
    public static Path made(String name, Maker make) {
        String run = System.getProperty(RUN, "").replaceAll("[^A-Za-z0-9]+", "-");
        return run.isEmpty() ? inTemporaryFolder(name, make) : inRunFolder(RUNS.resolve(run), name, make);
    }

    private static Path inTemporaryFolder(String name, Maker make) {
        try {
            Path folder = Files.createTempDirectory("dossier-" + name + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            make.make(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the fixture unless another JVM of the run has; a fixture half made by a JVM that failed is made again. */
    static Path inRunFolder(Path runFolder, String name, Maker make) {
        Path folder = runFolder.resolve(name);
        Path done = runFolder.resolve(name + ".done");
        try {
            Files.createDirectories(runFolder);
            forgetEarlierRuns(runFolder);
            try (FileChannel lock = FileChannel.open(runFolder.resolve(name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                if (!Files.exists(done)) {
                    deleteQuietly(folder);
                    Files.createDirectories(folder);
                    make.make(folder);
                    Files.createFile(done);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what earlier runs left beside this run's folder (the fixtures of one run at a time stay in target/). */
    private static void forgetEarlierRuns(Path runFolder) throws IOException {
        try (Stream<Path> runs = Files.list(runFolder.getParent())) {
            runs.filter(other -> !other.equals(runFolder)).forEach(RunFixture::deleteQuietly);
        }
    }

    public static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder harms nothing, and one that is not there is what was wanted (another test JVM
            // of the run may be removing the same earlier run's folder: the walk then meets files gone)
        }
    }
}
