package dossier.annotation.references;

import dossier.model.DocumentKind;
import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters and reports named by their full date: "the letter of the Transitional authorities of Mali
 * dated 12 October 2012", "the Secretary-General's report on Mali dated 28 November 2012", "the letter
 * of 21 June 2023". A date without a year names nothing for certain and is left alone.
 */
final class DatedReferences {

    private static final String DATE = "(?<day>\\d{1,2}) (?<month>" + UnDates.MONTH_PATTERN + ") (?<year>\\d{4})";
    /** The months as the quick check looks for them in a text in lower case (the pattern ignores case). */
    private static final List<String> MONTHS = UnDates.MONTHS.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    private static final String KIND = "\\b(?<kind>letters?|reports?|notes? verbales?)\\b";
    /** The words between the kind and the date: no clause break, no other letter or report. */
    private static final String BETWEEN = "(?:(?!\\b(?:letters?|reports?|notes?)\\b)[^.;:()\\[\\]]){0,100}?";
    private static final Pattern DATED = Pattern.compile(
            KIND + BETWEEN + "\\b(?:dated|of)\\s+" + DATE + "\\b", Pattern.CASE_INSENSITIVE);

    private DatedReferences() {
    }

    static List<Mention> find(String text) {
        if (!mayName(text)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher m = DATED.matcher(text);
        while (m.find()) {
            DocumentKind kind = m.group("kind").toLowerCase(Locale.ROOT).startsWith("report")
                    ? DocumentKind.REPORT : DocumentKind.LETTER;
            int start = m.start();
            int end = m.end();
            UnDates.parse(m.group("day") + " " + m.group("month") + " " + m.group("year"))
                    .ifPresent(date -> found.add(new Mention.Dated(start, end, kind, date)));
        }
        return found;
    }

    /**
     * Whether the text holds a kind and a month, as every match does: most paragraphs lack one, and the
     * pattern, tried at every place, is costly. Lower case is looser than the pattern's ASCII-only case
     * folding, never stricter.
     */
    private static boolean mayName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.contains("letter") || lower.contains("report") || lower.contains("note"))
                && MONTHS.stream().anyMatch(lower::contains);
    }
}
