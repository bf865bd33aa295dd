package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    /** A body's lines numbered from 1, as a file's whose text starts on its first line. */
    private static int[] fromLine1(List<String> body) {
        return IntStream.rangeClosed(1, body.size()).toArray();
    }

    private static PageFurniture.Result strip(String... lines) {
        List<String> body = List.of(lines);
        return PageFurniture.strip(body, fromLine1(body), Vocabulary.of(List.of(body)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S/2012/946", "A/HRC/34/L.5", "S/2010/522**", "12-66061 (E)    211212", "12-61629", "*1266061*",
        "2/2 23-12564", "7 12-66061", "12-66061 4", "2/2", "  S/2012/946  ", "____________",
        "/...", "I . . .", "I ...", "11111", "I 111111", "1111111111 "})
    void page_furniture_is_removed_and_counted(String furniture) {
        PageFurniture.Result result = strip("The text runs on", furniture, "and on.");
        assertThat(result.lines()).extracting(SourceLine::text).containsExactly("The text runs on", "and on.");
        assertThat(result.furnitureLines()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I am.", "I . . . and so on", "1111 km", "I"})
    void text_shaped_like_furniture_read_by_an_ocr_layer_stays(String text) {
        assertThat(strip("The text runs on.", "", text, "", "And on.").lines()).extracting(SourceLine::text).contains(text);
    }

    /**
     * Pages counted by form feeds, each printing its own number ("Page 2", a lone "3"): a number by the furniture that
     * is not the page's (a table's total at the page foot, a map's scale under the job number) is the text's. A page
     * that prints no number of its own leaves such a number furniture, as a folio numbered otherwise.
     */
    @Test
    void a_number_by_the_furniture_of_a_page_that_prints_its_own_number_is_the_texts() {
        PageFurniture.Result result = strip("1. The text.",
                "\fS/1994/1212", "English", "Page 2", "Sector North-east 73", "490", "/...",
                "\f08-12345", "", "5", "", "0 10 km", "", "3",
                "\f08-12345", "", "7", "", "Units 54");
        assertThat(result.lines()).extracting(SourceLine::text)
                .containsExactly("1. The text.", "Sector North-east 73", "490", "5", "0 10 km", "Units 54");
    }

    @Test
    void the_line_after_a_page_break_knows_it() {
        PageFurniture.Result result = strip("The text runs on", "", "S/2012/946", "", "3 12-66061", "", "and on.");
        assertThat(result.lines().get(1).pageBreakBefore()).isTrue();
        assertThat(result.lines().get(1).blankBefore()).isTrue();
    }

    @Test
    void a_lone_number_among_furniture_is_a_page_number() {
        PageFurniture.Result result = strip("End of a page.", "", "12-61629", "", "21", "", "S/2012/894", "", "Next page.");
        assertThat(result.furnitureLines()).isEqualTo(3);
        assertThat(result.oddities()).isEmpty();
    }

    @Test
    void a_lone_number_right_under_text_is_the_next_footnote_marker() {
        PageFurniture.Result result = strip("the report of the Independent Expert,", "1", "", "1. Decides");
        assertThat(FootnoteMarkers.markers(result.lines().get(0).text())).containsExactly("1");
        assertThat(result.lines().get(0).words()).isEqualTo("the report of the Independent Expert,");
        assertThat(result.furnitureLines()).isZero();
    }

    /** With no page marked yet, a number alone between blank lines is taken for a folio only if it is the first pages'. */
    @Test
    void a_lone_number_standing_apart_that_fits_the_page_count_is_taken_for_a_page_number_and_reported() {
        PageFurniture.Result result = strip("End of a page.", "", "2", "", "Next page.");
        assertThat(result.lines()).extracting(SourceLine::text).containsExactly("End of a page.", "Next page.");
        assertThat(result.oddities()).singleElement().asString().contains("line 3", "'2'");
        PageFurniture.Result figure = strip("End of a page.", "", "7", "", "Next page.");
        assertThat(figure.lines()).extracting(SourceLine::text).as("no page break, no page 7: a figure")
                .containsExactly("End of a page.", "7", "Next page.");
        assertThat(figure.oddities()).isEmpty();
    }

    /**
     * No form feeds: the pages are found by their furniture, each printing its folio by its running head. A map's scale
     * on page 2 prints the next page's number ("3") and a figure alone ("20"), away from the furniture: both are the
     * map's; the folio "3" by the next running head is furniture, as is a bare folio "4" standing apart between pages
     * (the page before's number + 1), but not a "9" there.
     */
    @Test
    void a_page_number_is_one_only_at_a_page_break_and_next_in_the_page_sequence() {
        PageFurniture.Result result = strip("The text runs on", "", "2", "", "S/2005/99", "", "and on.", "Map", "0", "3",
                "", "20", "", "km", "", "3", "", "S/2005/99", "", "Annex", "", "4", "", "Table", "", "9", "", "End.");
        assertThat(result.lines()).extracting(SourceLine::text)
                .containsExactly("The text runs on", "and on.", "Map", "0", "3", "20", "km", "Annex", "Table", "9", "End.");
        assertThat(result.pages()).isEqualTo(4);
    }

    @Test
    void once_pages_are_counted_a_number_alone_that_is_not_the_pages_folio_is_text() {
        PageFurniture.Result result = strip("End of a page.", "", "S/2012/946", "", "Troops", "", "12", "",
                "Police", "", "340", "", "Total", "", "352", "\fS/2012/946", "", "Next page.");
        assertThat(result.lines()).extracting(SourceLine::text).as("the number at the page's foot is the table's total, not its folio")
                .containsExactly("End of a page.", "Troops", "12", "Police", "340", "Total", "352", "Next page.");
        assertThat(result.pages()).isEqualTo(3);
        PageFurniture.Result folio = strip("End of a page.", "", "S/2012/946", "", "The troops stay.", "", "7", "",
                "\fS/2012/946", "", "Next page.");
        assertThat(folio.lines()).extracting(SourceLine::text).as("a number at a page's foot under prose is its folio")
                .containsExactly("End of a page.", "The troops stay.", "Next page.");
    }

    @Test
    void a_marker_run_into_a_known_word_is_taken_out_of_it() {
        List<String> body = List.of("The Government of Mali1 requested", "__________", "1 See S/2012/5.", "S/2012/894",
                "assistance from Mali.");
        PageFurniture.Result result = PageFurniture.strip(body, fromLine1(body), Vocabulary.of(List.of(body)));
        assertThat(result.lines().get(0).words()).isEqualTo("The Government of Mali requested");
        assertThat(result.footnotes()).singleElement().satisfies(f -> {
            assertThat(f.marker()).isEqualTo("1");
            assertThat(f.lines()).extracting(SourceLine::text).containsExactly("See S/2012/5.");
        });
    }

    @Test
    void a_number_in_a_word_the_dossier_knows_is_left_alone() {
        List<String> body = List.of("The G5 and the Group of 77.", "The G5 met.");
        assertThat(PageFurniture.strip(body, fromLine1(body), Vocabulary.of(List.of(body))).lines().get(0).text())
                .isEqualTo("The G5 and the Group of 77.");
    }

    @Test
    void a_stray_unknown_word_before_the_text_is_dropped_and_reported() {
        PageFurniture.Result result = strip("", "Etpu", "", "United Nations  S/2012/946", "Security Council");
        assertThat(result.lines()).extracting(SourceLine::text).doesNotContain("Etpu");
        assertThat(result.oddities()).singleElement().asString().contains("Etpu", "line 2");
    }

    /** Every draft resolution an extractor gives opens with what it made of the UN emblem: the dossier has the word often, always so. */
    @Test
    void a_stray_word_that_opens_many_documents_and_stands_nowhere_else_is_dropped() {
        List<String> draft = List.of("", "Etpu", "", "United Nations  S/2012/946", "Security Council", "", "The Security Council,");
        List<String> other = List.of("", "Etpu", "", "United Nations  S/2012/947", "Security Council", "", "Decides to remain seized.");
        Vocabulary dossier = Vocabulary.of(List.of(draft, other, other));
        assertThat(PageFurniture.strip(draft, fromLine1(draft), dossier).lines()).extracting(SourceLine::text).doesNotContain("Etpu");

        List<String> mali = List.of("", "Mali", "", "The situation in Mali is grave.");
        Vocabulary written = Vocabulary.of(List.of(mali, mali, List.of("Mali")));
        assertThat(PageFurniture.strip(mali, fromLine1(mali), written).lines()).as("a word the dossier also writes in its text")
                .extracting(SourceLine::text).contains("Mali");
    }

    @Test
    void inline_debris_is_removed_and_counted() {
        PageFurniture.Result result = strip("$S_{/2023/463}$ **United Nations**", "> (Signed) Abdoulaye **Diop**");
        assertThat(result.lines()).extracting(SourceLine::text).containsExactly("United Nations", "(Signed) Abdoulaye Diop");
        assertThat(result.debrisMarks()).isEqualTo(4);
    }
}
