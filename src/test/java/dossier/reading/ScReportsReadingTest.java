package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
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
            assertThat(document.metadata().symbol()).as(text.name()).isNotEmpty();
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
