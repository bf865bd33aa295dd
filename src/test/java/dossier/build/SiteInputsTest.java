package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.publishing.SiteSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve reuses nothing of its last build but the readings once any file beside the UN sources was added,
 * written or removed (jbake.properties, a template, an asset, an editorial page, glossary.yml, index.yml, a
 * note), and keeps what it may when only sources changed. {@code WarmBuildTest} edits several of these files
 * in one rebuild and compares it with a full build: that each alone is seen is checked here.
 */
class SiteInputsTest {

    @TempDir
    Path dossier;

    private SiteInputs inputs() {
        return SiteInputs.of(SiteSources.resolve(dossier, SmallDossier.theme()));
    }

    @Test
    void each_file_beside_the_sources_added_written_or_removed_is_a_change_and_a_source_is_not() throws IOException {
        SmallDossier.writeInto(dossier);
        List<String> beside = List.of("jbake.properties", "templates/document.ftlh", "assets/css/dossier.css",
                "content/pages/about.md", "content/glossary.yml", "content/index.yml", "content/notes/s-2021-400-para-1.md");
        for (String file : beside) {
            SmallDossier.write(dossier.resolve(file), "first\n");
        }
        SiteInputs before = inputs();
        assertThat(inputs()).isEqualTo(before);

        SmallDossier.write(dossier.resolve("content/documents/s-2021-400.txt"), SmallDossier.LETTER + "\nA line added.\n");
        SmallDossier.write(dossier.resolve("content/documents/s-2021-500.txt"), SmallDossier.LETTER.replace("400", "500"));
        assertThat(inputs()).as("sources edited and added").isEqualTo(before);

        for (String file : beside) {
            Path path = dossier.resolve(file);
            SmallDossier.write(path, "second, longer\n");
            assertThat(inputs()).as(file + " written").isNotEqualTo(before);
            SiteInputs written = inputs();
            Files.delete(path);
            assertThat(inputs()).as(file + " removed").isNotEqualTo(written).isNotEqualTo(before);
            SmallDossier.write(path, "first\n");
        }
        SmallDossier.write(dossier.resolve("templates/added.ftlh"), "<p>added</p>\n");
        assertThat(inputs()).as("a template added").isNotEqualTo(before);
    }
}
