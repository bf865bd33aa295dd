package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "para-12      | para. 12",
        "para-9-b     | para. 9 (b)",
        "para-4-a-ii  | para. 4 (a) (ii)",
        "pp-3         | preamble, para. 3",
        "p-2          | para. 2 (unnumbered)",
        "annex        | annex",
        "annex-2      | annex 2",
        "annex-p-4    | annex, para. 4 (unnumbered)",
        "annex-para-3 | annex, para. 3",
        "annex-2-sec-i | annex 2, section I",
        "sec-ii-para-2 | section II, para. 2",
        "sec-ii-para-2-b | section II, para. 2 (b)",
        "fn-1         | footnote 1",
        "fn-**        | footnote **",
        "annex-fn-a   | annex, footnote a",
        "sec-ii-a     | section II.A",
        "sec-training-of-malian-forces | section “training of malian forces”",
    })
    void anchors_read_as_readers_name_places(String anchor, String label) {
        assertThat(AnchorLabels.label(anchor)).isEqualTo(label);
    }
}
