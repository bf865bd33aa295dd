package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.model.Block;
import dossier.model.Document;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The structure of the 23 real texts: anchors where the numbers were printed, no running head left in the text. */
class RealTextsReadingTest {

    private static final Pattern PARA_ANCHOR = Pattern.compile("(?:annex(?:-\\d+)?-)?(?:sec-[a-z]+-)?para-(\\d+)");

    private static Stream<Block> all(List<Block> blocks) {
        return blocks.stream().flatMap(b -> Stream.concat(Stream.of(b), all(b.children())));
    }

    private static String printedTitle(Document document) {
        return document.blocks().stream().filter(b -> b.type() == Block.Type.TITLE).findFirst().orElseThrow().text();
    }

    @Test
    void paragraph_anchors_follow_the_printed_numbers() {
        for (RealTexts.Text text : RealTexts.all()) {
            List<Block> numbered = all(text.document().blocks())
                    .filter(b -> (b.type() == Block.Type.PARAGRAPH || b.type() == Block.Type.OPERATIVE) && !b.number().isEmpty())
                    .toList();
            for (Block block : numbered) {
                Matcher anchor = PARA_ANCHOR.matcher(block.anchor());
                assertThat(anchor.matches()).as(text.name() + " #" + block.anchor()).isTrue();
                assertThat(anchor.group(1) + ".").as(text.name() + " #" + block.anchor()).isEqualTo(block.number());
            }
        }
    }

    @Test
    void the_title_repeated_at_page_breaks_is_not_text() {
        for (RealTexts.Text text : RealTexts.all()) {
            Document document = text.document();
            String title = printedTitle(document);
            assertThat(all(document.blocks()).filter(b -> b.type() == Block.Type.HEADING || b.type() == Block.Type.PARAGRAPH))
                    .as(text.name() + ": no heading or paragraph is the title again")
                    .noneMatch(b -> b.text().equals(title));
            for (Block block : all(document.blocks()).filter(b -> !b.anchor().isEmpty()).toList()) {
                assertThat(block.text()).as(text.name() + " #" + block.anchor() + " holds no running head")
                        .doesNotContain(title + " " + title.split(" ")[0])
                        .doesNotContainPattern("\\b\\d{2}-\\d{5}\\b|\\*\\d{7,}\\*|\\b\\d{1,2}/\\d{1,2}\\s*$");
            }
        }
        Document scale = RealTexts.named("A-RES-80-2.txt").document();
        assertThat(scale.report().runningTitleLines()).as("the title's two lines at the head of page 2").isEqualTo(2);
        assertThat(RealTexts.named("A-RES-80-16.txt").document().anchoredBlocks())
                .filteredOn(b -> b.anchor().equals("para-2")).singleElement()
                .satisfies(b -> assertThat(b.text()).as("the sentence the running head interrupted, joined again")
                        .contains("as endorsed by the General Assembly in its resolution 79/237, and the additional elements"));
    }

    @Test
    void the_same_title_words_inside_a_sentence_or_as_an_annex_title_stay() {
        Document ocean = RealTexts.named("A-RES-80-13.txt").document();
        assertThat(ocean.anchoredBlocks()).filteredOn(b -> b.anchor().equals("para-5")).singleElement()
                .satisfies(b -> assertThat(b.text()).endsWith("the item entitled “" + printedTitle(ocean) + "”."));
        Document awaza = RealTexts.named("A-RES-80-3.txt").document();
        Block annex = awaza.blocks().stream().filter(b -> b.type() == Block.Type.ANNEX).findFirst().orElseThrow();
        assertThat(annex.children().get(0).type()).isEqualTo(Block.Type.TITLE);
        assertThat(annex.children().get(0).text()).isEqualTo("Awaza Political Declaration");
    }

    @Test
    void a_numeral_alone_on_its_line_heads_the_section_below_it() {
        Document awaza = RealTexts.named("A-RES-80-3.txt").document();
        assertThat(awaza.anchoredBlocks()).filteredOn(b -> b.type() == Block.Type.HEADING).extracting(Block::anchor)
                .startsWith("annex-sec-i", "annex-sec-ii");
        assertThat(awaza.anchoredBlocks()).filteredOn(b -> b.anchor().equals("annex-sec-i")).singleElement()
                .satisfies(b -> assertThat(b.number() + " " + b.text()).isEqualTo("I. Global context and shared commitments"));
    }

    @Test
    void the_masthead_run_into_one_line_is_the_cover_and_the_text_names_itself() {
        for (RealTexts.Text text : RealTexts.all().stream().filter(RealTexts.Text::inCorpus).toList()) {
            // What the text says of itself, without the extractor's front matter.
            Document document = SourceFiles.read(text.file(), RealTexts.withoutFrontMatter(text.lines()));
            assertThat(document.blocks().get(0).type()).as(text.name()).isEqualTo(Block.Type.COVER);
            String symbol = "A/RES/" + text.name().replace("A-RES-", "").replace(".txt", "").replace('-', '/');
            assertThat(document.metadata().symbol()).as(text.name()).isEqualTo(symbol);
            assertThat(document.blocks()).filteredOn(b -> b.type() == Block.Type.TITLE).first().as(text.name())
                    .satisfies(b -> assertThat(b.number()).isEqualTo(symbol.replace("A/RES/", "") + "."));
            assertThat(document.metadata().date()).as(text.name()).isNotNull();
        }
    }
}
