package dossier.annotation.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.reading.SourceException;
import dossier.reading.SourceFiles;
import dossier.reading.SourceHeader;
import dossier.rendering.DocumentHtml;
import dossier.rendering.RenderedText;
import dossier.rendering.NoteHtml;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NotesTest {

    private static final Document REPORT = new Document("s-2012-894",
            new Metadata("S/2012/894", "Report", null, DocumentKind.REPORT, "", List.of()),
            List.of(Block.paragraph("para-1", "First paragraph."), Block.paragraph("para-2", "Second paragraph.")),
            new ReadingReport(2, 0, 4, List.of()));

    private static Note note(String... lines) {
        return NoteReader.parse(SourceHeader.split(Path.of("content/notes/n.md"), List.of(lines)), List.of(REPORT));
    }

    @Test
    void a_note_names_its_document_by_symbol_or_page_name_and_stands_after_its_paragraph() {
        Note bySymbol = note("---", "document: S/2012/894", "paragraph: para-1", "title: Context", "---", "Some *context*.");
        Note byName = note("---", "document: s-2012-894", "---", "On the whole report.");
        Element text = RenderedText.of(REPORT, List.of(new NoteAnnotator(List.of(bySymbol, byName))));

        List<String> order = text.children().stream().map(e -> e.tagName() + "#" + e.id()).toList();
        assertThat(order).containsExactly("aside#note-n", "p#para-1", "aside#note-n", "p#para-2");
        Element aside = text.child(2);
        assertThat(aside.selectFirst(".note-label").text()).isEqualTo("Editor's note: Context");
        assertThat(aside.select("em").text()).isEqualTo("context");
    }

    @Test
    void a_note_on_an_item_printed_inside_a_paragraph_stands_after_that_paragraph() {
        Document draft = SourceFiles.read(Path.of("content/documents/s-2012-946.txt"));
        Note note = NoteReader.parse(SourceHeader.split(Path.of("content/notes/item.md"),
                List.of("---", "document: S/2012/946", "paragraph: para-10-ii", "---", "On item (ii).")), List.of(draft));
        Element text = RenderedText.of(draft, List.of(new NoteAnnotator(List.of(note))));

        Element aside = text.getElementById("note-item");
        assertThat(aside).isNotNull();
        assertThat(aside.previousElementSibling().select("#para-10-ii")).as("the paragraph holding the item").hasSize(1);
    }

    @Test
    void raw_html_and_script_links_in_a_note_are_shown_as_text_or_dropped() {
        Note note = note("---", "document: S/2012/894", "---",
                "<script>alert(1)</script>", "", "See [click](javascript:alert(2)) and [UN](https://undocs.org/en/S/2012/894).");

        assertThat(NoteHtml.of(note)).doesNotContain("<script").doesNotContain("javascript:");
        assertThat(NoteHtml.of(note)).contains("See click and");
        assertThat(NoteHtml.of(note)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(NoteHtml.of(note)).contains("href=\"https://undocs.org/en/S/2012/894\"");
    }

    @Test
    void a_note_on_an_unknown_document_or_paragraph_names_its_file_and_line() {
        assertThatThrownBy(() -> note("---", "title: x", "document: S/1999/1", "---", "text"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("content/notes/n.md:3: no document 'S/1999/1'");
        assertThatThrownBy(() -> note("---", "document: S/2012/894", "paragraph: para-99", "---", "text"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("content/notes/n.md:3: document s-2012-894 has no paragraph 'para-99'");
        assertThatThrownBy(() -> note("Just text, no front matter."))
                .isInstanceOf(SourceException.class).hasMessageContaining("needs a front matter");
        assertThatThrownBy(() -> note("---", "document: S/2012/894", "colour: red", "---", "text"))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("content/notes/n.md:3: unknown key 'colour'");
    }
}
