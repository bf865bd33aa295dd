package dossier.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dates as the UN prints them: "28 November 2012". One format for reading them and for showing them. */
public final class UnDates {

    // Strict, so that "31 February 2012" is no date rather than 29 February.
    private static final DateTimeFormatter UN_STYLE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    /** The months' names as the UN prints them, in order. */
    public static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** A month's name, for a pattern (no group of its own). */
    public static final String MONTH_PATTERN = "(?:" + String.join("|", MONTHS) + ")";

    private UnDates() {
    }

    /**
     * Whether a text holds a month's name as printed: a quick test before trying a date pattern at every
     * place of a text, as most paragraphs name no month.
     */
    public static boolean namesAMonth(String text) {
        for (String month : MONTHS) {
            if (text.contains(month)) {
                return true;
            }
        }
        return false;
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
