package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.SmallDossier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A careless or hostile editor's dossier, built as a teacher or a CI job would build it: what lies around
 * the dossier never gets in, what is the editor's is never deleted, and a refused build names the file,
 * leaves everything outside its output as it was and the previous output byte for byte intact.
 */
class HostileDossierTest {

    @TempDir
    Path folder;

    private Path dossier;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void aDossierWithABuiltSite() {
        dossier = SmallDossier.writeInto(folder.resolve("mali"));
        assertThat(build()).as("first build; stderr: %s", err).isZero();
        err.getBuffer().setLength(0);
    }

    private int run(String... args) {
        CommandLine commandLine = DossierCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int build(String... more) {
        String[] args = Stream.concat(Stream.of("build", "--quiet", "--source", dossier.toString()), Arrays.stream(more)).toArray(String[]::new);
        return run(args);
    }

    /** Runs a build that must be refused, and checks it touched nothing at all. */
    private String refused(String... more) {
        Map<String, String> before = tree(folder);
        assertThat(build(more)).as("exit code; stderr: %s", err).isEqualTo(1);
        assertThat(tree(folder)).as("every file and folder around and in the dossier").isEqualTo(before);
        assertThat(err.toString()).startsWith("dossier: build failed: ").doesNotContain("\tat ", "error in dossier itself");
        return err.toString();
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

    // 1. Output folders that would delete the editor's files.

    @Test
    void anOutputHoldingTheDossierIsRefused() throws IOException {
        Files.writeString(folder.resolve("index.html"), "<p>the editor's own website</p>");

        assertThat(refused("--output", folder.toString()))
                .contains(folder.toRealPath() + ": the output folder holds the dossier folder " + dossier.toRealPath());
    }

    @Test
    void theDossierFolderItselfIsNoOutput() throws IOException {
        assertThat(refused("--output", dossier.toString()))
                .contains(dossier.toRealPath() + ": the output folder is the dossier folder");
    }

    @Test
    void anOutputInsideContentIsRefused() throws IOException {
        Path inside = dossier.resolve("content/site");
        assertThat(refused("--output", inside.toString()))
                .contains(inside + ": the output folder lies inside " + dossier.resolve("content").toRealPath(), "which the build reads");
        assertThat(refused("--output", dossier.resolve("content").toString())).contains("lies inside");
    }

    @Test
    void anOutputReachedThroughALinkIsStillSeenToHoldTheDossier() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("web"), folder);
        assertThat(refused("--output", link.toString())).contains("the output folder holds the dossier folder");
    }

    @Test
    void onlyAFolderABuildMadeIsReplaced() throws IOException {
        Path website = folder.resolve("website");
        Files.createDirectories(website);
        Files.writeString(website.resolve("index.html"), "<p>a site dossier did not make</p>");

        assertThat(refused("--output", website.toString()))
                .contains(website.toRealPath() + " holds files that no dossier build made (it has no published-addresses.txt");

        Path site = folder.resolve("site");
        assertThat(build("--output", site.toString())).isZero();
        SmallDossier.write(dossier.resolve("content/pages/more.md"), "title=More\ntype=page\nstatus=published\n~~~~~~\n\nMore.\n");
        assertThat(build("--output", site.toString())).as("stderr: %s", err).isZero();
        assertThat(site.resolve("pages/more.html")).isRegularFile();
    }
}
