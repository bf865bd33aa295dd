package dossier.publishing.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small dossier whose jbake.properties names its editor: the book's metadata says who edited it (EPUBCheck reads it in {@link EpubCheckTest}). */
class BookMetadataTest {

    @TempDir
    Path folder;

    /** A small dossier whose jbake.properties names an editor, built in {@code folder}: its book. */
    private static Path bookWithAnEditor(Path folder) {
        Path root = SmallDossier.writeInto(folder.resolve("small"));
        SmallDossier.write(root.resolve("jbake.properties"),
                "dossier.title=Small & plain\ndossier.name=small-one\ndossier.editor=A. N. Editor <Unit>\n");
        Pipeline.build(SmallDossier.options(root));
        return root.resolve("output/small-one.epub");
    }

    @Test
    void the_editor_named_in_jbake_properties_is_the_book_s_editor_and_the_name_gives_the_identifier() {
        Path book = bookWithAnEditor(folder);

        Document opf = BookFiles.read(book).packageDocument();
        assertThat(opf.selectFirst("dc|title").text()).isEqualTo("Small & plain");
        assertThat(opf.selectFirst("dc|creator").text()).isEqualTo("A. N. Editor <Unit>");
        assertThat(opf.selectFirst("meta[refines=#" + opf.selectFirst("dc|creator").id() + "]").text()).isEqualTo("edt");
        assertThat(opf.selectFirst("dc|identifier").text()).isEqualTo(new BookMetadata("", "", "small-one").identifier())
                .isNotEqualTo(new BookMetadata("", "", "mali-dossier").identifier());
        assertThat(BookFiles.read(book).chapter("nav.xhtml").select("p.book-editor").text()).isEqualTo("Edited by A. N. Editor <Unit>");
    }

    @Test
    void without_an_editor_the_book_names_none() {
        Path root = SmallDossier.writeInto(folder.resolve("small"));
        Pipeline.build(SmallDossier.options(root));
        Path book = root.resolve("output").resolve(root.getFileName() + ".epub");
        assertThat(BookFiles.read(book).packageDocument().select("dc|creator")).isEmpty();
    }
}
