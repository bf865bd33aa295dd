package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 16 Security Council documents of the sc-reports corpus, each from another extractor, read as one dossier
 * with no header written by hand: titles and kinds, no page furniture in the text, words kept.
 */
class ScReportsReadingTest {

    private static final Pattern MASTHEAD = Pattern.compile("ORIGINAL:|Original:|Distr\\.|^UNITED|^S/\\d");

    private static Stream<Block> all(List<Block> blocks) {
        return blocks.stream().flatMap(b -> Stream.concat(Stream.of(b), all(b.children())));
    }

    @Test
    void the_title_is_the_documents_and_the_kind_follows_from_it() {
        for (RealTexts.Text text : ScReports.all()) {
            Document document = text.document();
            String title = document.metadata().title();
            assertThat(title).as(text.name()).containsPattern("(?i)report|note by")
                    .doesNotContainPattern(MASTHEAD.pattern());
            DocumentKind expected = text.name().contains("-Add.") ? DocumentKind.ADDENDUM : DocumentKind.REPORT;
            assertThat(document.metadata().kind()).as(text.name() + ": " + title).isEqualTo(expected);
            // The file is named by the symbol, "/" as "-" (the joint A/…–S/… document by both of its symbols).
            assertThat(text.name()).as("the symbol read").contains(document.metadata().symbol().replace('/', '-') + ".txt");
        }
    }

    @Test
    void no_page_furniture_stays_in_the_text() {
        for (RealTexts.Text text : ScReports.all()) {
            all(text.document().blocks()).filter(b -> b.type() != Block.Type.COVER_LINE).forEach(block ->
                    assertThat(block.text()).as(text.name() + " " + block.type() + " #" + block.anchor())
                            .doesNotContainPattern(ScReportWords.FURNITURE_IN_TEXT.pattern()));
        }
    }

    /** Words counted as a bag: a two-column page's source order is not its reading order. */
    @Test
    void at_least_99_5_per_cent_of_the_words_are_kept_both_ways() {
        for (RealTexts.Text text : ScReports.all()) {
            ScReportWords words = new ScReportWords(text.lines());
            all(text.document().blocks()).forEach(b -> words.shown(b.number() + " " + b.text()));
            assertThat(words.recall()).as(text.name() + " recall").isGreaterThanOrEqualTo(0.995);
            assertThat(words.precision()).as(text.name() + " precision").isGreaterThanOrEqualTo(0.995);
        }
    }

    @Test
    void the_two_column_pages_read_in_order() {
        Document kosovo = ScReports.named("S-2000-538.txt").document();
        assertThat(kosovo.report().columnPages()).isGreaterThanOrEqualTo(15);
        assertThat(paragraph(kosovo, "para-1")).endsWith("from my previous report, dated 3 March 2000 (S/2000/177), up to 3 June 2000.");
        assertThat(paragraph(kosovo, "para-2")).startsWith("Twelve months ago, UNMIK deployed to Kosovo to begin the long process")
                .endsWith("There was also a real risk of a conflict among Kosovo Albanians.");
        assertThat(paragraph(kosovo, "para-3")).as("from the foot of the left column to the head of the right one")
                .contains("the long process of transforming soldiers into civilians began with the formation of the Kosovo "
                        + "Protection Corps (KPC). UNMIK police have made significant progress")
                .endsWith("Kosovo today is definitely a better place than the international community found it 12 short months ago.");
    }

    /**
     * Each part's lettered headings run A, B, C… in the body of every report: a heading set in a page's right column
     * and read into the left one's paragraph would leave a letter out.
     */
    @Test
    void the_lettered_headings_of_every_report_run_in_sequence() {
        for (RealTexts.Text text : ScReports.all()) {
            List<String> letters = new ArrayList<>();
            for (Block block : text.document().blocks()) {
                if (block.type() == Block.Type.ANNEX) {
                    break;
                }
                String number = block.type() == Block.Type.HEADING ? block.number() : "";
                char expected = (char) ('A' + letters.size());
                if (number.matches("[A-Z]\\.") && (!number.matches("[IVX]\\.") || number.charAt(0) == expected)) {
                    letters.add(number.substring(0, 1));
                } else if (number.matches("[IVX]+\\.")) {
                    assertThat(String.join("", letters)).as(text.name() + " before " + number + " " + block.text())
                            .isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ".substring(0, letters.size()));
                    letters.clear();
                }
            }
            assertThat(String.join("", letters)).as(text.name()).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ".substring(0, letters.size()));
        }
    }

    /** The last page of the text: a right column of a few lines beside a left one that runs to the page foot. */
    @Test
    void the_last_page_of_two_columns_reads_column_by_column() {
        Document kosovo = ScReports.named("S-2000-538.txt").document();
        assertThat(paragraph(kosovo, "para-131")).endsWith("achieve electoral support and to begin to represent the wishes of "
                + "the electorate at the municipal level. It is vital that the people of Kosovo register for these elections and "
                + "that the parties conduct fair and open campaigns. I urge the people of Kosovo to register to vote and to "
                + "participate in the municipal elections.");
        assertThat(paragraph(kosovo, "para-134")).endsWith("for their efforts in support of United Nations activities in Kosovo. "
                + "I also wish to place on record my warm appreciation to all the men and women of UNMIK who are working in the "
                + "regions and municipalities, often under very difficult and demanding conditions, for their continued "
                + "dedication to the cause of the Organization. Finally, I wish to thank the United Nations High Commissioner "
                + "for Refugees and her staff for ably meeting the challenges of the emergency relief needs of Kosovo throughout "
                + "the winter and successfully facilitating the transition to reconstruction and development within the Mission.");
        assertThat(paragraph(kosovo, "para-59")).doesNotContain("Rule of law activities");
        assertThat(kosovo.blocks()).filteredOn(b -> b.type() == Block.Type.ANNEX).extracting(Block::text).startsWith("Annex I");
    }

    @Test
    void footnotes_at_the_foot_of_a_page_are_lifted_and_the_paragraph_goes_on() {
        Document guatemala = ScReports.named("S-1997-432.txt").document();
        assertThat(guatemala.blocks()).filteredOn(b -> b.type() == Block.Type.FOOTNOTE).extracting(Block::text)
                .containsExactly("Since renamed United Nations Verification Mission in Guatemala (MINUGUA).");
        assertThat(guatemala.report().footnotesLinked()).isEqualTo(1);
        Document timor = ScReports.named("S-2010-522.txt").document();
        assertThat(paragraph(timor, "para-3")).contains("responded to questions and suggestions the audience.");
        assertThat(timor.report().joinedAcrossPages()).isPositive();
    }

    /**
     * The scan whose page foot the OCR layer garbled: its job number and continuation mark ("C;-32c,26", "26479 (E)",
     * "/", "l", ".", ".") stand between paragraph 3 and its rest on page 2, in no shape the reader can tell from text.
     */
    private static final List<String> GARBLED_BY_OCR = List.of("S-23106-Add.1.txt");

    /**
     * A report's paragraphs are all numbered: in the body, text standing as a paragraph of its own, unnumbered, right
     * after a numbered one is that paragraph's rest, cut from it (at a page break, mostly).
     */
    @Test
    void no_numbered_paragraph_leaves_its_rest_standing_apart() {
        for (RealTexts.Text text : ScReports.all()) {
            if (GARBLED_BY_OCR.contains(text.name())) {
                continue;
            }
            Block previous = null;
            for (Block block : text.document().blocks()) {
                if (block.type() == Block.Type.ANNEX) {
                    break;
                }
                if (previous != null && previous.type() == Block.Type.PARAGRAPH && !previous.number().isEmpty()) {
                    assertThat(block.type() == Block.Type.PARAGRAPH && block.number().isEmpty())
                            .as(text.name() + ": after paragraph " + previous.number() + " stands “" + block.text() + "”")
                            .isFalse();
                }
                previous = block;
            }
        }
    }

    /** What stands apart there is reported, each piece with its line: `dossier check` shows where to look. */
    @Test
    void the_pieces_the_reader_cannot_place_are_reported() {
        Document kuwait = ScReports.named("S-23106-Add.1.txt").document();
        List<String> apart = kuwait.blocks().stream().filter(b -> b.type() == Block.Type.PARAGRAPH && b.number().isEmpty())
                .map(Block::text).toList();
        assertThat(apart).isNotEmpty().allSatisfy(piece -> assertThat(kuwait.report().oddities())
                .anyMatch(o -> o.contains("unnumbered paragraph among numbered ones: “" + piece.substring(0, Math.min(piece.length(), 20)))));
    }

    /** S/2008/586's benchmark annex: each part's numbered heading on its line, its benchmark's text right under it. */
    @Test
    void a_numbered_heading_right_over_a_full_line_of_text_stands_apart() {
        Block benchmarks = ScReports.named("S-2008-586.txt").document().blocks().stream()
                .filter(b -> b.type() == Block.Type.ANNEX).findFirst().orElseThrow();
        assertThat(benchmarks.children()).filteredOn(b -> b.type() == Block.Type.HEADING).extracting(b -> b.number() + " " + b.text())
                .containsExactly("I. Political dialogue, elections", "II. Extension of State authority",
                        "III. Ensuring security and stability", "IV. Rule of law and human rights", "V. Social and economic development");
        assertThat(benchmarks.children()).filteredOn(b -> b.type() == Block.Type.PARAGRAPH).extracting(Block::text)
                .filteredOn(text -> text.contains("Benchmark:")).allMatch(text -> text.startsWith("Benchmark:"));
    }

    /** S/2008/586's annex captions end with their date; the column heads under them are the tables'. */
    @Test
    void a_caption_ends_with_its_date() {
        assertThat(ScReports.named("S-2008-586.txt").document().blocks()).filteredOn(b -> b.type() == Block.Type.ANNEX)
                .flatMap(Block::children).filteredOn(b -> b.type() == Block.Type.TITLE).extracting(Block::text)
                .filteredOn(title -> title.contains("(as at")).hasSize(2).allMatch(title -> title.endsWith("(as at 18 August 2008)"));
    }

    /** The OCR layer read the number of paragraph 1 as "1," and set it after the paragraph's first line. */
    @Test
    void a_number_read_with_a_comma_after_its_first_line_opens_its_paragraph() {
        Document kuwait = ScReports.named("S-23106-Add.1.txt").document();
        assertThat(paragraph(kuwait, "para-1")).startsWith("In paragraph 27 of my report of 2 October 1991 (S/23106) on the "
                + "United Nations Iraq-Kuwait Observation Mission (UNIKOM), I informed the Security Council");
        assertThat(kuwait.report().oddities()).noneMatch(o -> o.contains("where 1 was expected"));
    }

    /**
     * An OCR layer cut typewritten lines at the wide space after a sentence's end and set their rests apart after the
     * paragraph; each goes back where its line was cut.
     */
    @Test
    void the_rests_of_lines_an_ocr_layer_set_apart_are_put_back() {
        Document tajikistan = ScReports.named("S-1999-514.txt").document();
        assertThat(paragraph(tajikistan, "para-2")).contains("constitutional issues. However, it has continued to be difficult");
        assertThat(paragraph(tajikistan, "para-3-b")).contains("amnesty cases; {c) finalize the pending nomination");
        assertThat(paragraph(tajikistan, "para-3-g")).contains("security); {h) \uFFFDegin, at the earliest possible date,");
        assertThat(paragraph(tajikistan, "para-3-g-i")).endsWith("The President instructed those present to make a full "
                + "report on progress on these items by 12 March. There has been some follow-up but many of these issues remain pending.");
        assertThat(paragraph(tajikistan, "para-5")).contains("(f). As for the nomination of candidates (a), he said it be should be regulated by law.");
        assertThat(paragraph(tajikistan, "para-12")).endsWith("head a power ministry. President Rakhmonov has rejected this nomination.");
        assertThat(paragraph(tajikistan, "para-22")).contains("hostage. The commander demanded the release of four persons belonging");
        assertThat(paragraph(tajikistan, "para-25")).contains("Khujand. UNMOT is in touch with the local authorities");
        assertThat(paragraph(tajikistan, "para-26")).contains("Kazakhstan. The latter is deployed on the border to Afghanistan and is actually under");
        assertThat(paragraph(tajikistan, "para-31")).contains("pillars. UNMOT's activities, which are funded");
        assertThat(paragraph(tajikistan, "para-35")).contains("face. I also wish to express my appreciation to the countries contributing");
        assertThat(tajikistan.report().oddities()).noneMatch(o -> o.contains("unnumbered paragraph"))
                .as("the two rests read as headings, whose next line opens a sentence: possible places, reported")
                .anyMatch(o -> o.startsWith("line 376: “Brigadier-General” stands apart") && o.contains("rest of line 371"))
                .anyMatch(o -> o.startsWith("line 396: “The CIS Forces currently comprise the 201”") && o.contains("rest of line 389"));
    }

    /** A numbered paragraph opening in the middle of a sentence lost its first words to something before it. */
    @Test
    void no_numbered_paragraph_is_cut_from_its_first_line() {
        for (RealTexts.Text text : ScReports.all()) {
            all(text.document().blocks()).filter(b -> b.type() == Block.Type.PARAGRAPH && !b.number().isEmpty())
                    .forEach(block -> assertThat(block.text()).as(text.name() + " #" + block.anchor()).doesNotMatch("^\\p{Ll}.*"));
        }
        Document tajikistan = ScReports.named("S-1999-514.txt").document();
        assertThat(paragraph(tajikistan, "para-1")).as("the number printed after the first line by the OCR layer")
                .startsWith("The present report is submitted pursuant to Security Council resolution 1206 (1998) of 12 November 1998");
        assertThat(paragraph(tajikistan, "para-34")).isEqualTo("The peace process in Tajikistan continues to require direct "
                + "international attention and support. I therefore recommend that UNMOT's mandate be extended for another six "
                + "months, until 15 November 1999.");
        assertThat(tajikistan.blocks()).filteredOn(b -> b.type() == Block.Type.HEADING).extracting(Block::text)
                .contains("Constitutional reform", "Military issues", "Humanitarian activities of the United Nations system")
                .noneMatch(heading -> heading.startsWith("The present report") || heading.startsWith("In conclusion"));
    }

    private static String paragraph(Document document, String anchor) {
        return document.anchoredBlocks().stream().filter(b -> b.anchor().equals(anchor)).findFirst().orElseThrow().text();
    }
}
