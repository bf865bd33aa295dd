package dossier.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the UN prints them: "28 November 2012". */
public final class UnDates {

    private static final DateTimeFormatter UN_STYLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private UnDates() {
    }

    public static String display(LocalDate date) {
        return UN_STYLE.format(date);
    }
}
