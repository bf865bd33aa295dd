package dossier.annotation.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year of a day and month written without one, from its sentence's tense (invented sentences of each kind). */
class TenseTest {

    private static final LocalDate REPORT = LocalDate.of(2012, 11, 28);

    private static DateFinder.Found only(String sentence) {
        List<DateFinder.Found> found = DateFinder.find(sentence, REPORT);
        assertThat(found).as(sentence).hasSize(1);
        assertThat(found.get(0).yearInferred()).isTrue();
        return found.get(0);
    }

    @Test
    void what_happened_falls_on_or_before_the_documents_date() {
        assertThat(only("On 22 March, a mutiny resulted in a coup.").date()).isEqualTo(LocalDate.of(2012, 3, 22));
        assertThat(only("The talks were held on 10 December.").date()).isEqualTo(LocalDate.of(2011, 12, 10));
        assertThat(only("The mission has been deployed since 15 December.").date()).isEqualTo(LocalDate.of(2011, 12, 15));
        assertThat(only("On 28 November, the Council met.").date()).as("the document's own day is not after it")
                .isEqualTo(REPORT);
    }

    @Test
    void what_is_planned_falls_after_the_documents_date() {
        assertThat(only("The concept is expected to be considered for approval on 10 December.").date())
                .isEqualTo(LocalDate.of(2012, 12, 10));
        assertThat(only("The Council will meet on 15 January.").date()).isEqualTo(LocalDate.of(2013, 1, 15));
        assertThat(only("Elections are scheduled for 7 July.").date()).isEqualTo(LocalDate.of(2013, 7, 7));
        assertThat(only("The next review is on 3 March.").date()).isEqualTo(LocalDate.of(2013, 3, 3));
        assertThat(only("On 1 February, the mission will open an office.").date()).as("the tense after the date")
                .isEqualTo(LocalDate.of(2013, 2, 1));
    }

    @Test
    void a_sentence_that_says_neither_takes_the_nearest_such_day() {
        assertThat(only("Meeting of 2 December.").date()).isEqualTo(LocalDate.of(2012, 12, 2));
        assertThat(only("Meeting of 20 November.").date()).isEqualTo(LocalDate.of(2012, 11, 20));
        assertThat(only("Meeting of 10 June.").date()).as("158 days before, 194 after").isEqualTo(LocalDate.of(2012, 6, 10));
    }

    @Test
    void each_date_of_a_sentence_takes_the_tense_of_its_own_clause() {
        List<DateFinder.Found> found = DateFinder.find("I welcome the decision of the Council on 19 November to present "
                + "a concept, which is expected to be considered on 10 December.", REPORT);

        assertThat(found).extracting(DateFinder.Found::date)
                .containsExactly(LocalDate.of(2012, 11, 19), LocalDate.of(2012, 12, 10));
    }

    @Test
    void the_reason_names_the_words_the_year_was_inferred_from() {
        assertThat(only("The concept is expected to be considered on 10 December.").reason())
                .isEqualTo("after the document’s date: “is expected to”");
        assertThat(only("On 22 March, a mutiny resulted in a coup.").reason())
                .isEqualTo("on or before the document’s date: “resulted”");
        assertThat(only("Meeting of 2 December.").reason()).startsWith("no word of tense");
    }

    @Test
    void a_past_word_beside_a_plan_is_the_plans_and_a_name_is_no_past_verb() {
        assertThat(only("The vote was expected to take place on 10 December.").date()).as("was expected: past")
                .isEqualTo(LocalDate.of(2011, 12, 10));
        assertThat(only("On 5 January, the United Nations will open an office.").date())
                .isEqualTo(LocalDate.of(2013, 1, 5));
        assertThat(only("The review will have ended by 29 February.").date()).as("a leap day in the year after")
                .isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    void a_full_date_keeps_its_year_whatever_the_tense() {
        List<DateFinder.Found> found = DateFinder.find("The Council will meet on 10 December 2011.", REPORT);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(LocalDate.of(2011, 12, 10));
            assertThat(f.yearInferred()).isFalse();
            assertThat(f.reason()).isEmpty();
        });
    }
}
