package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.SmallDossier;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as an editor uses it: help, version, build with its summary, and exit codes. */
class DossierCommandTest {

    @TempDir
    Path dossier;

    private final CommandRun command = new CommandRun();

    @Test
    void helpListsTheCommands() {
        assertThat(command.run("--help")).isZero();
        assertThat(command.out.toString()).contains("Usage: dossier", "build", "serve", "check", "--version");
    }

    @Test
    void versionNamesTheTool() {
        assertThat(command.run("--version")).isZero();
        assertThat(command.out.toString()).startsWith("dossier ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "check"})
    void eachCommandHasItsOwnHelpBothWays(String name) {
        assertThat(command.run("help", name)).isZero();
        String viaHelp = command.out.toString();
        command.out.getBuffer().setLength(0);
        assertThat(command.run(name, "--help")).isZero();

        assertThat(viaHelp).contains("Usage: dossier " + name, "--source").isEqualTo(command.out.toString());
    }

    @Test
    void serveHelpNamesItsPortOption() {
        command.run("help", "serve");
        assertThat(command.out.toString()).contains("--port", "8820", "--drafts", "status: draft");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(command.run("build", "--sauce", "x")).isEqualTo(2);
        assertThat(command.err.toString()).contains("--sauce");
    }

    @Test
    void buildEndsWithASummaryOfCountsAndStageTimes() {
        SmallDossier.writeInto(dossier);

        int exit = command.run("build", "--source", dossier.toString(), "--output", dossier.resolve("site").toString());

        assertThat(exit).as("exit code; stderr: %s", command.err).isZero();
        assertThat(command.out.toString().strip().lines()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).matches("Built 2 documents, \\d+ pages in \\d+\\.\\d s");
            // Then the time of each stage, as Hugo's summary gives it.
            assertThat(lines.get(1).strip()).matches("read \\d+\\.\\d\\d s · learn .* · zip \\d+\\.\\d\\d s");
        });
        assertThat(dossier.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void aQuietBuildPrintsNothingButBuildsTheSite() {
        SmallDossier.writeInto(dossier);

        int exit = command.run("build", "--quiet", "--source", dossier.toString(), "--output", dossier.resolve("site").toString());

        assertThat(exit).as("exit code; stderr: %s", command.err).isZero();
        assertThat(command.out.toString()).isEmpty();
        assertThat(command.err.toString()).isEmpty();
        assertThat(dossier.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void buildWritesToOutputInsideTheSourceByDefault() {
        SmallDossier.writeInto(dossier);

        assertThat(command.run("build", "--source", dossier.toString())).isZero();
        assertThat(dossier.resolve("output/documents/s-2021-400.html")).isRegularFile();
    }

    @Test
    void aFailedBuildExitsNonZeroNamingFileAndLineAndKeepsTheOldOutput() {
        SmallDossier.writeInto(dossier);
        command.run("build", "--source", dossier.toString());
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));
        Path bad = dossier.resolve("content/documents/s-2021-401.txt");
        SmallDossier.write(bad, "symbol=S/2021/401\ndate=4 May 2021\n~~~~~~\n" + SmallDossier.LETTER);

        int exit = command.run("build", "--source", dossier.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(command.err.toString()).startsWith("dossier: build failed: ").contains(bad + ":2:", "4 May 2021");
        Map<Path, byte[]> after = SmallDossier.snapshot(dossier.resolve("output"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as("%s", file).isEqualTo(bytes));
    }

    @Test
    void everyBadSourceIsNamedInOneRunWithoutAStackTraceUnlessVerbose() throws Exception {
        SmallDossier.writeInto(dossier);
        Path empty = dossier.resolve("content/documents/empty.txt");
        Path binary = dossier.resolve("content/documents/scan.txt");
        java.nio.file.Files.write(empty, new byte[0]);
        java.nio.file.Files.write(binary, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0});

        assertThat(command.run("build", "--source", dossier.toString())).isEqualTo(1);
        assertThat(command.err.toString()).startsWith("dossier: build failed: 2 problems in the sources:")
                .contains(empty + ":1: the file is empty", binary + ":1: a binary file")
                .doesNotContain("\tat ", "Exception");
        assertThat(dossier.resolve("output")).doesNotExist();

        command.err.getBuffer().setLength(0);
        assertThat(command.run("build", "--source", dossier.toString(), "--verbose")).isEqualTo(1);
        assertThat(command.err.toString()).contains(empty + ":1: the file is empty", "\tat dossier.");
    }

    @Test
    void anOutputThatIsNoSiteIsNeverReplaced() throws Exception {
        SmallDossier.writeInto(dossier);
        Path notes = dossier.resolve("notes-of-mine");
        SmallDossier.write(notes.resolve("todo.txt"), "my own file");

        assertThat(command.run("build", "--source", dossier.toString(), "--output", notes.toString())).isEqualTo(1);
        assertThat(command.err.toString()).contains(notes + " holds files that no dossier build made").doesNotContain("\tat ");
        assertThat(notes.resolve("todo.txt")).hasContent("my own file");
        assertThat(command.run("build", "--source", dossier.toString(), "--output", notes.resolve("todo.txt").toString())).isEqualTo(1);
        assertThat(command.err.toString()).contains("is a file, not a folder");
        assertThat(notes.resolve("todo.txt")).hasContent("my own file");
    }

    @Test
    void aMissingContentFolderFailsTheBuildSayingSo() {
        int exit = command.run("build", "--source", dossier.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(command.err.toString()).contains("no content folder", dossier.resolve("content").getFileName().toString());
    }

    @Test
    void checkReportsEachDocumentAndWritesNothing() {
        SmallDossier.writeInto(dossier);

        assertThat(command.run("check", "--source", dossier.toString())).isZero();

        assertThat(command.out.toString()).contains("s-2021-400", "S/2021/400", "s-res-9999", "S/RES/9999(2021)", "paragraphs");
        assertThat(dossier.resolve("output")).doesNotExist();
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysHowToGiveItMoreNotThatDossierFailed() {
        picocli.CommandLine line = DossierCommand.commandLine().setErr(new java.io.PrintWriter(command.err, true));
        line.parseArgs("build", "--source", dossier.toString());
        RuntimeException fromAWorker = new IllegalStateException(new OutOfMemoryError("Java heap space"));

        assertThat(DossierCommand.explain(fromAWorker, line.getSubcommands().get("build"), line.getParseResult())).isEqualTo(1);
        assertThat(command.err.toString()).startsWith("dossier: build failed: the dossier needs more memory than Java was given (Java heap space)")
                .contains("JAVA_TOOL_OPTIONS=-Xmx8g ./dossier build").doesNotContain("error in dossier itself", "\tat ");
    }

    @Test
    void aServeRebuildThatRunsOutOfMemorySaysHowToGiveItMoreAndKeepsServing() {
        assertThat(ServeCommand.failure(new IllegalStateException(new OutOfMemoryError("Java heap space"))))
                .startsWith("dossier: build failed: the dossier needs more memory than Java was given (Java heap space)")
                .contains("JAVA_TOOL_OPTIONS=-Xmx8g ./dossier serve", "still serving the last good site")
                .doesNotContain("error in dossier itself");
        assertThat(ServeCommand.failure(new IllegalStateException("broken"))).contains("error in dossier itself");
    }
}
