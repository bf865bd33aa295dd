package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.publishing.BuildException;
import dossier.publishing.PublishedAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links teachers gave out never break silently: the build names each published address it would drop. */
class PublishedAddressesTest {

    @TempDir
    Path dossier;

    private BuildOptions strict() {
        return new BuildOptions(dossier, dossier.resolve("output"), SmallDossier.theme(), null, true);
    }

    private List<String> published() throws IOException {
        return Files.readAllLines(dossier.resolve("output").resolve(PublishedAddresses.FILE));
    }

    @Test
    void theSiteListsEveryPageAndEveryParagraphAnchorItPublishes() throws IOException {
        SmallDossier.writeInto(dossier);
        Pipeline.build(strict());

        assertThat(published()).contains("index.html", "pages/about.html", "documents/s-2021-400.html",
                "documents/s-res-9999.html", "documents/s-res-9999.html#para-1").isSorted();
        Pipeline.build(strict());
        assertThat(published()).as("an unchanged dossier rebuilds under --strict").contains("documents/s-res-9999.html#para-1");
    }

    @Test
    void aRenamedSourceOrALostParagraphIsNamedAndStrictRefusesItLeavingTheOldSite() throws IOException {
        SmallDossier.writeInto(dossier);
        Pipeline.build(strict());
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));
        Path documents = dossier.resolve("content/documents");
        Files.move(documents.resolve("s-2021-400.txt"), documents.resolve("letter-2021-05-03.txt"));
        Files.writeString(documents.resolve("s-res-9999.txt"), SmallDossier.RESOLUTION.replace("1. Decides", "Decides"));

        assertThatThrownBy(() -> Pipeline.build(strict())).isInstanceOf(BuildException.class)
                .hasMessageContaining("would no longer exist")
                .hasMessageContaining("\n  documents/s-2021-400.html\n")
                .hasMessageContaining("\n  documents/s-res-9999.html#para-1\n")
                .hasMessageContaining("--strict");
        Map<Path, byte[]> after = SmallDossier.snapshot(dossier.resolve("output"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as("%s", file).isEqualTo(bytes));

        Pipeline.build(SmallDossier.options(dossier));
        assertThat(published()).as("without --strict the change is accepted (with a warning)")
                .contains("documents/letter-2021-05-03.html").doesNotContain("documents/s-2021-400.html");
    }
}
