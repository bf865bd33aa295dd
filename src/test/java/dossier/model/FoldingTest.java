package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FoldingTest {

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}]+)*");

    @Test
    void a_character_folds_to_its_plain_letters_in_lower_case() {
        // É, Cyrillic ё, Œ, ß, the ligature ﬁ, an accent written as a mark of its own, a curly apostrophe, a no-break space
        assertThat("ÉёŒßﬁ\u0301’\u00a0".codePoints().mapToObj(Folding::of))
                .containsExactly("e", "е", "oe", "ss", "fi", "", "'", " ");
    }

    @Test
    void text_folds_one_character_at_a_time() {
        assertThat(Folding.fold("Compaoré, CÔTE D’IVOIRE, ﬁn")).isEqualTo("compaore, cote d'ivoire, fin");
        assertThat(Folding.fold("Traore\u0301")).as("an accent written as a mark of its own").isEqualTo("traore");
        assertThat(Folding.phrase("  Côte\u00a0 d’Ivoire ")).isEqualTo("cote d'ivoire");
    }

    @Test
    void words_found_in_the_folded_text_are_given_back_as_written() {
        String text = "the  Œuvre de\u00a0Côte d’Ivoire";
        Folding.Placed placed = Folding.placed(text);
        assertThat(placed.text()).isEqualTo("the oeuvre de cote d'ivoire");
        int at = placed.text().indexOf("oeuvre de cote");
        assertThat(text.substring(placed.start(at), placed.end(at + "oeuvre de cote".length()))).isEqualTo("Œuvre de\u00a0Côte");
    }

    @Property(tries = 2000)
    void every_run_of_folded_words_folds_again_from_what_was_written(@ForAll("texts") String text) {
        assertWordsGivenBack(text);
    }

    @Test
    void every_run_of_folded_words_of_the_real_texts_folds_again_from_what_was_written() {
        for (RealTexts.Text real : RealTexts.all()) {
            for (DocumentText.Paragraph paragraph : DocumentText.of(real.document()).paragraphs()) {
                assertWordsGivenBack(paragraph.text());
            }
        }
    }

    private static void assertWordsGivenBack(String text) {
        Folding.Placed placed = Folding.placed(text);
        Matcher words = WORDS.matcher(placed.text());
        while (words.find()) {
            String written = text.substring(placed.start(words.start()), placed.end(words.end()));
            assertThat(Folding.phrase(written)).as("%s in %s", written, text).isEqualTo(words.group());
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("A", "b", "É", "é", "7", "Œ", "ß", "ﬁ", "²", "Ⅻ", "\u0301", "’", " ", "\u00a0", "\t", "-", "𝐀", "ǅ")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
