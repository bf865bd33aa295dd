package dossier.reading;

import static dossier.reading.InventedReport.read;
import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every printed paragraph number is a numbered paragraph, wherever the extractor put it; a heading's number is a heading's. */
class NumberingTest {

    /** pdfminer's order: blank lines inside sentences, so they end no paragraph, and a number read after its first line. */
    @Test
    void a_number_read_after_a_first_line_that_follows_an_unfinished_one_opens_that_line() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1.",
                "The mission was deployed in the capital and three provinces during the period under",
                "",
                "review and met the Government and the leaders of the parties, which welcomed its",
                "",
                "work in the provinces and asked that it",
                "",
                "In a major political development, on 1 February, after a prolonged lack of the",
                "2.",
                "consensus on the post, the Parliament elected a Commissioner.",
                "",
                "3.",
                "The mission will report again in six months, as the Council asked of it in its",
                "",
                "resolution.");
        assertThat(Outline.of(document.blocks())).containsExactly(
                "TITLE | Report of the Secretary-General on the Freedonia mission",
                "PARAGRAPH #para-1 1. | The mission was deployed in the capital and three provinces during the period under review and "
                        + "met the Government and the leaders of the parties, which welcomed its work in the provinces and asked that it",
                "PARAGRAPH #para-2 2. | In a major political development, on 1 February, after a prolonged lack of the consensus on the "
                        + "post, the Parliament elected a Commissioner.",
                "PARAGRAPH #para-3 3. | The mission will report again in six months, as the Council asked of it in its resolution.");
    }

    /**
     * A short line ending a sentence in the middle of a paragraph, the next one opening another: the line standing apart
     * after the paragraph would make it a full line again, but a heading may look so too. It is left as read, and reported.
     */
    @Test
    void a_line_apart_that_may_be_the_rest_of_a_cut_line_is_left_and_reported() {
        Document document = read(
                "REPORT OF THE SECRETARY-GENERAL ON THE SITUATION IN FREEDONIA",
                "",
                "1.  The Mission kept close contact with the peacekeeping forces regarding the",
                "ceasefire and its security.",
                "Motorized Division from the Federation and a small battalion from the south.",
                "",
                "The Forces currently comprise the 201",
                "",
                "2.  The Mission will reopen its field offices in two regions this year.");
        assertThat(Outline.of(document.blocks())).contains("HEADING #sec-the-forces-currently-comprise-the-201 | "
                + "The Forces currently comprise the 201");
        assertThat(document.report().oddities()).contains("line 7: “The Forces currently comprise the 201” stands apart "
                + "from the paragraph above it; it may be the rest of line 4, cut by the extractor (the next line opens a sentence): "
                + "left where it is");
    }

    @Test
    void the_next_number_after_a_blank_line_opens_its_paragraph_and_the_headings_before_it_stand_apart() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The mission was deployed in the capital and three provinces during the period under",
                "",
                "review and met the Government and the leaders of the parties, which welcomed its",
                "",
                "work in the provinces and asked that it",
                "",
                "stay.",
                "",
                "2. The mission trained 40 officers of the police, who now serve in the",
                "",
                "districts.",
                "",
                "Programme I",
                "Support for the public administration",
                "",
                "1. Support to the courts",
                "",
                "3. The courts heard 12 cases.");
        assertThat(Outline.of(document.blocks())).filteredOn(line -> !line.startsWith("TITLE")).containsExactly(
                "PARAGRAPH #para-1 1. | The mission was deployed in the capital and three provinces during the period under review and "
                        + "met the Government and the leaders of the parties, which welcomed its work in the provinces and asked that it stay.",
                "PARAGRAPH #para-2 2. | The mission trained 40 officers of the police, who now serve in the districts.",
                "HEADING #sec-programme-i-support-for-the-public | Programme I Support for the public administration",
                "HEADING #sec-1 1. | Support to the courts",
                "PARAGRAPH #para-3 3. | The courts heard 12 cases.");
    }

    /** pdftotext's page foot: folio and job number after a blank line, the next page's text after the running head. */
    @Test
    void a_paragraphs_last_line_before_the_page_foot_is_no_heading_and_a_part_named_on_its_line_heads_a_long_title() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The mission trained 40 officers of the police, who now serve in the districts.",
                "Furthermore, in early July, the mission started distributing seeds to some 7,000",
                "",
                "12",
                "",
                "10-46645",
                "",
                "\fS/2010/999",
                "",
                "households in rural and urban areas.",
                "",
                "Programme I",
                "Support for the public administration and justice system of Freedonia and",
                "for justice in the area of serious crimes",
                "",
                "2. The courts heard 12 cases.");
        assertThat(Outline.of(document.blocks())).filteredOn(line -> !line.startsWith("TITLE")).containsExactly(
                "PARAGRAPH #para-1 1. | The mission trained 40 officers of the police, who now serve in the districts. Furthermore, "
                        + "in early July, the mission started distributing seeds to some 7,000 households in rural and urban areas.",
                "HEADING #sec-programme-i-support-for-the-public | Programme I Support for the public administration and "
                        + "justice system of Freedonia and for justice in the area of serious crimes",
                "PARAGRAPH #para-2 2. | The courts heard 12 cases.");
    }

    /** Printed "N." at a line's start in the source, the numbers an OCR layer read as "N," aside (S/23106/Add.1, known). */
    private static final Pattern OCR_COMMA_NUMBER = Pattern.compile("\\d{1,2},");

    @Test
    void every_sc_report_numbers_its_body_paragraphs_from_1_without_a_gap() {
        for (RealTexts.Text text : ScReports.all()) {
            if (text.lines().stream().anyMatch(line -> OCR_COMMA_NUMBER.matcher(line.strip()).matches())) {
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            for (Block block : text.document().blocks()) {
                if (block.type() == Block.Type.PARAGRAPH && !block.number().isEmpty()) {
                    numbers.add(Integer.parseInt(block.number().replace(".", "")));
                }
            }
            assertThat(numbers).as(text.name()).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        }
        Document timor = ScReports.named("S-2005-99.txt").document();
        assertThat(timor.blocks()).filteredOn(b -> b.type() == Block.Type.HEADING).extracting(b -> b.number() + " " + b.text())
                .contains("1. Support to the public administration and justice system");
    }
}
