package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.RunFixture;
import dossier.build.SmallDossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small dossier whose site is built, in a temporary folder of each test's own, run from the command line as
 * an editor runs it: where the careless and hostile editors' tests start. The first build is made once per
 * run and copied for each test, since every test changes only what comes after it.
 */
final class BuiltDossier implements BeforeEachCallback, AfterEachCallback {

    private static Path made;

    /** The folder around the dossier: what a refused build must leave as it was. */
    Path folder;
    /** The dossier folder, {@code folder/mali}, with its site in {@code output/}. */
    Path dossier;
    final CommandRun command = new CommandRun();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("dossier-built-");
        dossier = folder.resolve("mali");
        SmallDossier.copyTree(made(), dossier);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunFixture.deleteQuietly(folder);
    }

    private static synchronized Path made() {
        if (made == null) {
            made = RunFixture.made("built-small-dossier", root -> {
                BuiltDossier first = new BuiltDossier();
                first.folder = root;
                first.dossier = SmallDossier.writeInto(root.resolve("mali"));
                assertThat(first.build()).as("first build; stderr: %s", first.command.err).isZero();
            }).resolve("mali");
        }
        return made;
    }

    /** Builds the dossier from the command line with {@code more} arguments; the exit code, stderr kept for this build only. */
    int build(String... more) {
        command.err.getBuffer().setLength(0);
        return command.run(Stream.concat(Stream.of("build", "--quiet", "--source", dossier.toString()), Arrays.stream(more))
                .toArray(String[]::new));
    }

    /** Runs a build that must be refused and checks it touched nothing at all; what it printed. */
    String refused(String... more) {
        Map<String, String> before = tree(folder);
        assertThat(build(more)).as("exit code; stderr: %s", command.err).isEqualTo(1);
        assertThat(tree(folder)).as("every file and folder around and in the dossier").isEqualTo(before);
        assertThat(command.err.toString()).startsWith("dossier: build failed: ").doesNotContain("\tat ", "error in dossier itself");
        return command.err.toString();
    }

    /** A file of the built site, as text. */
    String page(String name) throws IOException {
        return Files.readString(dossier.resolve("output").resolve(name));
    }

    /** Every folder, file and link under {@code root} with what it holds (links not followed). */
    static Map<String, String> tree(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    tree.put(name, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(name, "/");
                } else {
                    tree.put(name, Arrays.toString(Files.readAllBytes(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }
}
