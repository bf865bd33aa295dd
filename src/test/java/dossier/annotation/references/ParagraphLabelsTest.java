package dossier.annotation.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphLabelsTest {

    @Test
    void anchors_read_as_a_reader_names_paragraphs() {
        assertThat(ParagraphLabels.label("para-12")).isEqualTo("para. 12");
        assertThat(ParagraphLabels.label("para-9-b")).isEqualTo("para. 9 (b)");
        assertThat(ParagraphLabels.label("pp-3")).isEqualTo("preamble, para. 3");
        assertThat(ParagraphLabels.label("annex")).isEqualTo("annex");
        assertThat(ParagraphLabels.label("annex-p-2")).isEqualTo("annex, para. 2 (unnumbered)");
        assertThat(ParagraphLabels.label("sec-ii-a")).isEqualTo("section II.A");
        assertThat(ParagraphLabels.label("p-7")).isEqualTo("para. 7 (unnumbered)");
    }

    @Test
    void symbols_sort_by_the_value_of_their_numbers() {
        List<String> symbols = new ArrayList<>(List.of("S/RES/2071(2012)", "A/HRC/RES/22/18", "S/RES/1325(2000)",
                "A/HRC/RES/5/1", "S/2012/926", "S/2012/894"));
        symbols.sort(NaturalOrder.INSTANCE);
        assertThat(symbols).containsExactly("A/HRC/RES/5/1", "A/HRC/RES/22/18", "S/2012/894", "S/2012/926",
                "S/RES/1325(2000)", "S/RES/2071(2012)");
    }

    @Test
    void symbols_say_what_they_are() {
        assertThat(SymbolNames.describe("S/RES/2085(2012)")).isEqualTo("Security Council resolution 2085 (2012)");
        assertThat(SymbolNames.describe("A/RES/60/251")).isEqualTo("General Assembly resolution 60/251");
        assertThat(SymbolNames.describe("A/HRC/RES/21/25")).isEqualTo("Human Rights Council resolution 21/25");
        assertThat(SymbolNames.describe("S/PRST/2012/7")).isEqualTo("Statement by the President of the Security Council");
        assertThat(SymbolNames.describe("S/2012/926")).isEqualTo("Security Council document");
    }
}
