package dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.cli.DossierCommand;
import dossier.model.Document;
import dossier.model.ReadingReport;
import dossier.reading.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier check} on Security Council reports as extractors leave them: per document, the pages found,
 * the paragraphs joined across page breaks, the footnotes lifted, the tables, the pages read column by
 * column, the words rejoined, and what the reader could not decide.
 */
class ScReportsCheckTest {

    @TempDir
    Path dossier;

    @Test
    void check_reports_pages_joins_footnotes_tables_columns_rejoined_words_and_what_it_could_not_decide() throws IOException {
        Path documents = Files.createDirectories(dossier.resolve("content/documents"));
        List<String> names = List.of("S-2000-538.txt", "S-2001-1008.txt", "S-2010-522.txt", "S-2019-198.txt");
        for (String name : names) {
            Files.copy(ScReports.CORPUS.resolve(name), documents.resolve(name));
        }
        StringWriter out = new StringWriter();
        picocli.CommandLine commandLine = DossierCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute("check", "--source", dossier.toString())).isZero();
        String report = out.toString();

        // Read as check reads them: these four as one dossier, each with the others' words as evidence.
        List<Document> read = SourceFiles.readAll(names.stream().map(documents::resolve).toList());
        for (Document document : read) {
            ReadingReport counts = document.report();
            String name = document.slug();
            String section = report.substring(report.indexOf(name + "  "));
            assertThat(section).as(name).contains(String.format("pages: %d found, %d lines joined to the paragraph before a page break, "
                    + "%d tables, %d pages read column by column, %d words rejoined", counts.pages(), counts.joinedAcrossPages(),
                    counts.tables(), counts.columnPages(), counts.wordsRejoined()));
            assertThat(counts.pages()).as(name + " pages").isGreaterThan(1);
        }
        ReadingReport kosovo = read.get(0).report();
        assertThat(kosovo.columnPages()).isPositive();
        assertThat(kosovo.tables()).isPositive();
        assertThat(read.get(1).report().tables()).isPositive();
        assertThat(read.get(2).report().joinedAcrossPages()).isPositive();
        assertThat(read.get(3).report().wordsRejoined()).isPositive();
        assertThat(report).contains("footnotes: 1 found, 1 linked to their marker and back");
        assertThat(report).as("a table header the reader could not cut into columns")
                .contains("! line", "table header “Country Military observer” not cut into its 2 columns");
    }
}
