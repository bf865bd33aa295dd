package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnDatesTest {

    @Test
    void a_date_reads_as_printed_in_any_case_and_shows_as_the_un_prints_it() {
        assertThat(UnDates.parse("28 November 2012")).hasValue(LocalDate.of(2012, 11, 28));
        assertThat(UnDates.parse("12 OCTOBER 2012")).hasValue(LocalDate.of(2012, 10, 12));
        assertThat(UnDates.display(LocalDate.of(2023, 6, 1))).isEqualTo("1 June 2023");
    }

    @Test
    void a_day_that_does_not_exist_is_no_date() {
        assertThat(UnDates.parse("31 February 2012")).isEmpty();
        assertThat(UnDates.parse("29 February 2013")).isEmpty();
        assertThat(UnDates.parse("29 February 2012")).hasValue(LocalDate.of(2012, 2, 29));
    }
}
