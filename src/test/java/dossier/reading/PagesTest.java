package dossier.reading;

import static dossier.reading.InventedReport.read;
import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports of the Security Council as extractors leave them: pages, mastheads of every era, two columns. */
class PagesTest {

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

    /**
     * A report's paragraphs are all numbered: text a page opens with, unnumbered and no heading, is the rest of the
     * paragraph the page before ended with, even where that ended a sentence. A heading stays a heading, and an
     * annex's pages (tables, texts of their own) are left as they are.
     */
    @Test
    void a_paragraph_that_ends_a_sentence_at_a_page_foot_goes_on_with_what_the_next_page_opens_with_unnumbered() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The mission cleared the minefields near the border. The Government helped.",
                "",
                "                                                            /...",
                "\fS/1994/1212",
                "English",
                "Page 2",
                "",
                "Upon its completion, 378 mines had been destroyed.",
                "",
                "2. The mission left on 7 November.",
                "",
                "                                                            /...",
                "\fS/1994/1212",
                "English",
                "Page 3",
                "",
                "Observations",
                "",
                "3. I recommend that the mandate be extended.",
                "",
                "                                                            /...",
                "\fS/1994/1212",
                "English",
                "Page 4",
                "",
                "Annex",
                "",
                "1. Mines cleared, by province.",
                "",
                "                                                            /...",
                "\fS/1994/1212",
                "English",
                "Page 5",
                "",
                "Figures as at 1 November.");
        assertThat(Outline.of(document.blocks())).containsSubsequence(
                "PARAGRAPH #para-1 1. | The mission cleared the minefields near the border. The Government helped. Upon its "
                        + "completion, 378 mines had been destroyed.",
                "PARAGRAPH #para-2 2. | The mission left on 7 November.",
                "HEADING #sec-observations | Observations",
                "PARAGRAPH #para-3 3. | I recommend that the mandate be extended.");
        assertThat(Outline.of(document.blocks())).contains("  PARAGRAPH #annex-p-1 | Figures as at 1 November.");
    }

    /** pdftotext {@code -raw} leaves no blank lines: an annex's heading is known by the page it opens. */
    @Test
    void an_annex_that_opens_a_page_is_an_annex_with_no_blank_line_before_it() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "1. The mission is deployed in three sectors.",
                "Annex II",
                "The casualties in the sectors of the mission area were counted by the",
                "sector headquarters and reported to the Force Commander, who counted",
                "/...",
                "\fS/1994/1212",
                "English",
                "Page 2",
                "Annex III",
                "Strength by country");
        assertThat(document.blocks()).filteredOn(b -> b.type() == Block.Type.ANNEX).extracting(Block::text)
                .containsExactly("Annex II", "Annex III");
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

    /** What the reader reports of a line it read in the right column names the line of the file it stands on. */
    @Test
    void a_page_of_two_columns_side_by_side_is_read_column_by_column() {
        String left = "%-44s%s";
        Document document = read(
                "Report of the Secretary-General on Freedonia",
                "",
                "1.   The first paragraph begins in the",
                "\f" + String.format(left, "left column and runs on down the", "the right column, where the self-"),
                String.format(left, "left column for several lines until", "appointed ones end it."),
                String.format(left, "the foot of the column.", "3.   The third paragraph stands in"),
                String.format(left, "", "the right column only, short as it is."),
                String.format(left, "2.   The second paragraph begins at the", "4. The fourth is here."),
                String.format(left, "foot of the left column and runs on into", "5. So is the fifth."),
                String.format(left, "the head of the right one, as text does in", "6. And the sixth."),
                "\f7.   The end.");
        assertThat(Outline.of(document.blocks())).contains(
                "PARAGRAPH #para-1 1. | The first paragraph begins in the left column and runs on down the left column for several lines until the foot of the column.",
                "PARAGRAPH #para-2 2. | The second paragraph begins at the foot of the left column and runs on into the head of the right one, as text does in the right column, where the self-appointed ones end it.",
                "PARAGRAPH #para-3 3. | The third paragraph stands in the right column only, short as it is.",
                "PARAGRAPH #para-6 6. | And the sixth.");
        assertThat(document.report().oddities()).contains("line 4: no evidence for 'self-appointed' split at the line end; hyphen kept");
        assertThat(document.report().columnPages()).isEqualTo(1);
    }

    /** A text's last page: the right column ends after a few lines, the left runs full to the page foot. */
    @Test
    void a_last_page_whose_right_column_is_short_is_read_column_by_column_and_a_heading_of_the_right_column_stays_a_heading() {
        String left = "%-46s%s";
        Document document = read(
                "Report of the Secretary-General on Freedonia",
                "",
                "1.   The first paragraph begins here and runs",
                "\f" + String.format(left, "on to the left column of the next page.", "in the right column, where it ends."),
                String.format(left, "2.   The second paragraph begins below it", ""),
                String.format(left, "and runs down the left column, line by line,", "   B. Observations"),
                String.format(left, "as the columns of a justified page are set,", ""),
                String.format(left, "so that its lines run full up to the gutter,", "3. The third paragraph is short."),
                String.format(left, "all but the last line of a paragraph, until", "4. The fourth paragraph is too."),
                String.format(left, "it reaches the foot of the left column and", "5. So is the fifth."),
                String.format(left, "goes on at the head of the right column,", "6. And the sixth."),
                "while the left column runs on and on, full,",
                "down to the foot of the page, far below the",
                "right column's last line, as on the last page",
                "of a report, where the right column is short",
                "and the left one is not: its lines are many",
                "more than those that have both columns, but",
                "they run full up to the gutter, as prose set",
                "in a column does, and that shows the page is",
                "set in two columns, not one, and read so, on",
                "to the very foot of the page, here, where the",
                "words of the paragraph go on at the head of",
                "the page's right column and end there. Its",
                "last words are the right column's first,",
                "\f7.   The end.");
        assertThat(Outline.of(document.blocks())).containsSubsequence(
                "PARAGRAPH #para-1 1. | The first paragraph begins here and runs on to the left column of the next page.",
                "PARAGRAPH #para-2 2. | The second paragraph begins below it and runs down the left column, line by line, as the "
                        + "columns of a justified page are set, so that its lines run full up to the gutter, all but the last line "
                        + "of a paragraph, until it reaches the foot of the left column and goes on at the head of the right column, "
                        + "while the left column runs on and on, full, down to the foot of the page, far below the right "
                        + "column's last line, as on the last page of a report, where the right column is short and the left one "
                        + "is not: its lines are many more than those that have both columns, but they run full up to the gutter, "
                        + "as prose set in a column does, and that shows the page is set in two columns, not one, and read so, on "
                        + "to the very foot of the page, here, where the words of the "
                        + "paragraph go on at the head of the page's right column and end there. Its last words are the right "
                        + "column's first, in the right column, where it ends.",
                "HEADING #sec-b B. | Observations",
                "PARAGRAPH #para-3 3. | The third paragraph is short.",
                "PARAGRAPH #para-6 6. | And the sixth.");
        assertThat(document.report().columnPages()).isEqualTo(1);
    }

    /** A table's rows have two parts too, but its left cells stop short of the gutter: the page stays as it is. */
    @Test
    void a_table_whose_right_column_is_short_is_not_read_as_two_columns() {
        List<String> lines = new ArrayList<>(List.of("Report of the Secretary-General on Freedonia", "", "1.   The first paragraph."));
        lines.add("\f" + String.format("%-46s%s", "Country", "Police"));
        for (String country : List.of("Argentina 27", "Austria 49", "Bangladesh 28", "Belgium 5", "Benin 5", "Bulgaria 60")) {
            lines.add(String.format("%-46s%s", country.substring(0, country.indexOf(' ')), country.substring(country.indexOf(' ') + 1)));
        }
        for (int i = 0; i < 6; i++) {  // rows of labels alone, as long as a column's prose lines but not running full
            lines.addAll(List.of("Border customs post at Hani I Elezit", "Inland clearance depot at Peja, total"));
        }
        lines.add("Inland clearance depot at Pristina");
        lines.add("\f7.   The end.");
        Document document = read(lines.toArray(String[]::new));
        assertThat(document.report().columnPages()).isZero();
    }

    /** A table's last column of figures, far right of its labels, starts at one place on every row as a right column would. */
    @Test
    void a_table_of_labels_and_a_column_of_figures_is_not_read_as_two_columns() {
        List<String> lines = new ArrayList<>(List.of(InventedReport.TITLE, "", InventedReport.FIRST_PARAGRAPH));
        lines.add("\f" + String.format("%-64s%s", "Nationality", "Officers"));
        for (String country : List.of("Argentina", "Austria", "Bangladesh", "Belgium", "Bolivia", "Bulgaria", "Canada", "Chile")) {
            lines.add(String.format("%-64s%s", country, country.length() % 3 + 1));
        }
        lines.add(String.format("%-64s%s", "Total", "15"));
        lines.add("\f2. The end.");
        Document document = read(lines);
        assertThat(document.report().columnPages()).isZero();
        assertThat(Outline.of(document.blocks())).containsSequence("  TABLE_ROW", "    TABLE_CELL | Argentina", "    TABLE_CELL | 1");
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
