package dossier.annotation.timeline;

import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a paragraph, each with the words around it: full dates ("12 October 2012", "March 21,
 * 2013"), and, in a dated document, a day and month without a year ("On 22 March, a mutiny …"), dated
 * to the last such day on or before the document's own date: a report speaks of what has happened.
 */
final class DateFinder {

    private static final String MONTH = "(" + UnDates.MONTH_PATTERN + ")";
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + " (\\d{1,2}), (\\d{4})\\b");
    /** A day and month that no year follows (neither "22 March 2012" nor "22 March, 2012"). */
    private static final Pattern NO_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\b(?!,? \\d{4})");
    /** A sentence ends at . ; or : followed by a space and a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:](?=\\s+[\\p{Lu}(\"“])");
    /** Context kept on each side of a date inside a long sentence. */
    static final int CONTEXT = 110;

    private DateFinder() {
    }

    /**
     * A date and its excerpt, split so the page can highlight the date: before + written + after.
     * {@code yearInferred} when the text gives no year and it was taken from the document's date.
     */
    record Found(LocalDate date, int position, String before, String written, String after, boolean yearInferred) {
    }

    /** Full dates only: for an undated document nothing else can be dated. */
    static List<Found> find(String text) {
        return find(text, null);
    }

    /** @param documentDate the date of the document the text is from, or null when unknown */
    static List<Found> find(String text, LocalDate documentDate) {
        List<Found> found = new ArrayList<>();
        if (!UnDates.namesAMonth(text)) {
            return found;
        }
        collect(DAY_FIRST.matcher(text), 1, 2, 3, text, found, null);
        collect(MONTH_FIRST.matcher(text), 2, 1, 3, text, found, null);
        if (documentDate != null) {
            collect(NO_YEAR.matcher(text), 1, 2, 0, text, found, documentDate);
        }
        found.sort(Comparator.comparingInt(Found::position));
        return found;
    }

    /** @param documentDate for a date without a year (year group 0): the date it is inferred from */
    private static void collect(Matcher m, int day, int month, int year, String text, List<Found> out, LocalDate documentDate) {
        while (m.find()) {
            Optional<LocalDate> named = year > 0
                    ? UnDates.parse(m.group(day) + " " + m.group(month) + " " + m.group(year))
                    : lastOnOrBefore(m.group(day) + " " + m.group(month), documentDate);
            if (named.isEmpty()) {
                continue; // "31 February 2012" is no date: leave it out of the timeline.
            }
            LocalDate date = named.get();
            int[] sentence = sentenceAround(text, m.start(), m.end());
            int from = Math.max(sentence[0], m.start() - CONTEXT);
            int to = Math.min(sentence[1], m.end() + CONTEXT);
            out.add(new Found(date, m.start(),
                    (from > sentence[0] ? "…" : "") + text.substring(from, m.start()).stripLeading(),
                    m.group(),
                    text.substring(m.end(), to).stripTrailing() + (to < sentence[1] ? "…" : ""), year == 0));
        }
    }

    /** "22 March" in a document of 28 November 2012: 22 March 2012; "30 December" there: 30 December 2011. */
    private static Optional<LocalDate> lastOnOrBefore(String dayAndMonth, LocalDate documentDate) {
        return UnDates.parse(dayAndMonth + " " + documentDate.getYear()).filter(d -> !d.isAfter(documentDate))
                .or(() -> UnDates.parse(dayAndMonth + " " + (documentDate.getYear() - 1)));
    }

    /** Start and end of the sentence holding text[start, end). */
    static int[] sentenceAround(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        Matcher ends = SENTENCE_END.matcher(text);
        while (ends.find()) {
            if (ends.end() <= start) {
                from = ends.end();
            } else if (ends.start() >= end) {
                to = ends.end();
                break;
            }
        }
        return new int[] {from, to};
    }
}
