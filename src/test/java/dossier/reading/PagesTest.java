package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Document;
import dossier.model.DocumentKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports of the Security Council as extractors leave them: pages, mastheads of every era, two columns. */
class PagesTest {

    private static Document read(String... lines) {
        return DocumentReader.read(Path.of("s-1994-1212.txt"), List.of(lines));
    }

    @Test
    void a_paragraph_cut_by_a_page_break_and_a_footnote_is_whole_and_the_footnote_lifted() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The mission visited the capital (Fredonia City)* and took place from 3 to",
                "",
                "________________",
                "* Reissued for technical reasons.",
                "",
                "12-34567 (E)    051112",
                "\fS/2012/999",
                "English",
                "Page 2",
                "",
                "6 November 2012. The members met the Government.",
                "",
                "2. They returned on 7 November.",
                "",
                "/...");
        assertThat(Outline.of(document.blocks())).containsExactly(
                "TITLE | Report of the Secretary-General on the Freedonia mission",
                "PARAGRAPH #para-1 1. | The mission visited the capital (Fredonia City)[^*] and took place from 3 to 6 November 2012. The members met the Government.",
                "PARAGRAPH #para-2 2. | They returned on 7 November.",
                "FOOTNOTE #fn-* * | Reissued for technical reasons.");
        assertThat(document.report().pages()).isEqualTo(2);
        assertThat(document.report().joinedAcrossPages()).isEqualTo(1);
        assertThat(document.metadata().kind()).isEqualTo(DocumentKind.REPORT);
    }

    @Test
    void a_masthead_of_1994_is_the_cover_and_the_title_is_the_reports() {
        Document document = read(
                "UNITED",
                "NATIONS                                   S",
                "          Security Council",
                "                                          Distr.",
                "                                          GENERAL",
                "",
                "                                          S/1994/1212/Add.1",
                "                                          14 November 1994",
                "",
                "                                          ORIGINAL:   ENGLISH",
                "REPORT OF THE SECRETARY-GENERAL ON THE SITUATION IN FREEDONIA",
                "Addendum",
                "1.   The Council asked me to report.",
                "94-45678 (E)   151194   171194   /...");
        assertThat(document.blocks().get(0).children()).extracting(b -> b.text())
                .containsExactly("UNITED", "NATIONS S", "Security Council", "Distr.", "GENERAL", "14 November 1994",
                        "ORIGINAL: ENGLISH");
        assertThat(document.metadata().title()).isEqualTo("REPORT OF THE SECRETARY-GENERAL ON THE SITUATION IN FREEDONIA Addendum");
        assertThat(document.metadata().kind()).isEqualTo(DocumentKind.ADDENDUM);
        assertThat(document.metadata().symbol()).isEqualTo("S/1994/1212/Add.1");
        assertThat(Outline.of(document.blocks())).endsWith("PARAGRAPH #para-1 1. | The Council asked me to report.");
    }

    @Test
    void a_page_of_two_columns_side_by_side_is_read_column_by_column() {
        String left = "%-44s%s";
        Document document = read(
                "Report of the Secretary-General on Freedonia",
                "",
                "1.   The first paragraph begins in the",
                "\f" + String.format(left, "left column and runs on down the", "the right column, where it ends."),
                String.format(left, "left column for several lines until", ""),
                String.format(left, "the foot of the column.", "3.   The third paragraph stands in"),
                String.format(left, "", "the right column only, short as it is."),
                String.format(left, "2.   The second paragraph begins at the", "4. The fourth is here."),
                String.format(left, "foot of the left column and runs on into", "5. So is the fifth."),
                String.format(left, "the head of the right one, as text does in", "6. And the sixth."),
                "\fThe end.");
        assertThat(Outline.of(document.blocks())).contains(
                "PARAGRAPH #para-1 1. | The first paragraph begins in the left column and runs on down the left column for several lines until the foot of the column.",
                "PARAGRAPH #para-2 2. | The second paragraph begins at the foot of the left column and runs on into the head of the right one, as text does in the right column, where it ends.",
                "PARAGRAPH #para-3 3. | The third paragraph stands in the right column only, short as it is.",
                "PARAGRAPH #para-6 6. | And the sixth.");
        assertThat(document.report().columnPages()).isEqualTo(1);
    }

    @Test
    void lines_of_one_column_are_not_cut() {
        Document document = read(
                "Report of the Secretary-General on Freedonia",
                "",
                "1.   A paragraph of one column.",
                "\fNo gutter here, only a long line of text that runs across the whole page from its left margin on.",
                "2.   And another paragraph.");
        assertThat(document.report().columnPages()).isZero();
    }
}
