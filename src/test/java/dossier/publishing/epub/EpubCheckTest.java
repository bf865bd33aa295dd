package dossier.publishing.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.GeneratedDossier;
import dossier.browser.BakedSite;
import dossier.build.DossierSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C's EPUBCheck finds no error and no warning in each kind of book the tests make: the real dossier's,
 * a generated dossier's of a few hundred documents, a small dossier's that names its editor. In one class so
 * that one test JVM loads EPUBCheck: loading its schemas costs about eight seconds of CPU, checking a book
 * under one.
 */
class EpubCheckTest {

    @Test
    void the_real_dossier_s_book() {
        assertClean(BakedSite.realDossier().root().resolve(DossierSettings.load(Path.of(".")).name() + ".epub"));
    }

    @Test
    void the_book_of_a_generated_dossier_of_a_few_hundred_documents() throws IOException {
        try (Stream<Path> files = Files.list(GeneratedDossier.get().site())) {
            assertClean(files.filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow());
        }
    }

    @Test
    void the_book_of_a_small_dossier_that_names_its_editor(@TempDir Path folder) {
        assertClean(BookMetadataTest.bookWithAnEditor(folder));
    }

    private static void assertClean(Path book) {
        EpubCheckReport report = EpubCheckReport.of(book);
        assertThat(report.clean()).as(report.messages()).isTrue();
    }
}
