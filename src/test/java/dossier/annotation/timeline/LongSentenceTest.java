package dossier.annotation.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence of thousands of dates: each takes the year its own words before it give, its excerpt as short as any. */
class LongSentenceTest {

    private static final LocalDate REPORT = LocalDate.of(2012, 11, 28);

    @Test
    void eachOfTwoThousandDatesInOneSentenceIsDatedByTheLastWordOfTimeBeforeIt() {
        String sentence = "The talks were held on 3 May, " + "on 4 May, ".repeat(2_000) + "and will resume on 5 May. On 6 May 2013 a vote.";

        List<DateFinder.Found> found = DateFinder.find(sentence, REPORT);

        assertThat(found).hasSize(2_003);
        assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2012, 5, 3));
        assertThat(found.subList(1, 2_001)).allSatisfy(f -> {
            assertThat(f.date()).isEqualTo(LocalDate.of(2012, 5, 4));
            assertThat(f.reason()).isEqualTo("on or before the document’s date: “held”");
            assertThat(f.before()).hasSizeLessThan(DateFinder.CONTEXT + 3);
        });
        assertThat(found.get(2_001).date()).as("after “will”").isEqualTo(LocalDate.of(2013, 5, 5));
        assertThat(found.get(2_002).date()).as("a sentence of its own, its year written").isEqualTo(LocalDate.of(2013, 5, 6));
        assertThat(found.get(2_002).before()).isEqualTo("On ");
    }
}
