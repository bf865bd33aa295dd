package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier check on real and invented texts: what an editor needs to judge a reading before publishing it. */
class CheckCommandTest {

    private static final String RESTARTING = """
             The General Assembly,

             I
             System of administration of justice

             1. Takes note of the report;

             2. Decides to continue the system;

             II
             Resources

             1. Approves the resources;

             2. Requests a report on paragraph 2 of section I;
            """;

    @TempDir
    Path dossier;

    private String check() {
        StringWriter out = new StringWriter();
        picocli.CommandLine commandLine = DossierCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute("check", "--source", dossier.toString())).isZero();
        return out.toString();
    }

    /** The corpus text as its extractor left it: capitalised name, front matter of its own keys. */
    private void copy(String corpusFile) throws IOException {
        Files.copy(RealTexts.CORPUS.resolve(corpusFile), dossier.resolve("content/documents").resolve(corpusFile));
    }

    @Test
    void check_lists_running_heads_footnotes_restarts_and_what_stayed_unlinked() throws IOException {
        Files.createDirectories(dossier.resolve("content/documents"));
        copy("A-RES-80-3.txt");
        Files.writeString(dossier.resolve("content/documents/a-c-5-99-l-1.txt"), RESTARTING);
        Files.copy(Path.of("content/documents/a-hrc-res-34-39.txt"), dossier.resolve("content/documents/a-hrc-res-34-39.txt"));

        String report = check();

        assertThat(report).contains("a-res-80-3  A/RES/80/3",
                "title lines repeated at page breaks", "footnotes: 16 found, 16 linked to their marker and back");
        assertThat(report).containsPattern("running heads removed: [1-9]\\d* furniture lines .*, [1-9]\\d* title lines");
        assertThat(report).contains("a-c-5-99-l-1", "paragraph numbering restarts under section II");
        assertThat(report).contains("footnotes: 0 found", "marker of footnote 1 left unlinked: the source does not print footnote 1");
        assertThat(dossier.resolve("output")).doesNotExist();
    }
}
