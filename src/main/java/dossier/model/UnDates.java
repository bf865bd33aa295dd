package dossier.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** Dates as the UN prints them: "28 November 2012". One format for reading them and for showing them. */
public final class UnDates {

    // Strict, so that "31 February 2012" is no date rather than 29 February.
    private static final DateTimeFormatter UN_STYLE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private UnDates() {
    }

    public static String display(LocalDate date) {
        return UN_STYLE.format(date);
    }

    /** "28 November 2012" (any case) as a date; empty when it names no real day. */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), UN_STYLE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
