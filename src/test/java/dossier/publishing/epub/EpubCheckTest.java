package dossier.publishing.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.bench.GeneratedDossier;
import dossier.browser.BakedSite;
import dossier.build.DossierSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The W3C's EPUBCheck finds no error and no warning in the two kinds of book the tests make: the real dossier's,
 * which names no editor, and a generated dossier's of {@value GeneratedDossier#DOCUMENTS} documents, whose size and page budget split its glossary,
 * its pages of uses and its citations into parts, and which names an editor and has a title that markup must
 * escape (as the small dossier of {@link BookMetadataTest} does: its book was checked here too, a build more).
 * In one class so that one test JVM loads EPUBCheck: loading its schemas costs about eight seconds of CPU.
 */
class EpubCheckTest {

    @Test
    void the_real_dossier_s_book_which_names_no_editor() {
        Path book = BakedSite.realDossier().root().resolve(DossierSettings.load(Path.of(".")).name() + ".epub");
        assertThat(BookFiles.read(book).packageDocument().select("dc|creator")).isEmpty();
        assertClean(book);
    }

    @Test
    void the_book_of_a_generated_dossier_whose_pages_split_which_names_an_editor() throws IOException {
        try (Stream<Path> listing = Files.list(GeneratedDossier.get().site())) {
            Path book = listing.filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
            BookFiles files = BookFiles.read(book);
            Document opf = files.packageDocument();
            assertThat(opf.selectFirst("dc|title").text()).isEqualTo(GeneratedDossier.TITLE);
            assertThat(opf.selectFirst("dc|creator").text()).isEqualTo(GeneratedDossier.EDITOR);
            assertThat(files.chapter("nav.xhtml").select("p.book-editor").text()).endsWith(GeneratedDossier.EDITOR);
            assertClean(book);
        }
    }

    private static void assertClean(Path book) {
        EpubCheckReport report = EpubCheckReport.of(book);
        assertThat(report.clean()).as(report.messages()).isTrue();
    }
}
