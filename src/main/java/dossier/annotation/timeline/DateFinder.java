package dossier.annotation.timeline;

import dossier.model.Sentences;
import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds dates in a paragraph, each with the words around it: full dates ("12 October 2012", "March 21,
 * 2013"), and, in a dated document, a day and month without a year ("On 22 March, a mutiny …"), whose year
 * its sentence's tense gives ({@link Tense}): on or before the document's own date for what has happened,
 * after it for what is planned.
 */
final class DateFinder {

    private static final String MONTH = "(" + UnDates.MONTH_PATTERN + ")";
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + " (\\d{1,2}), (\\d{4})\\b");
    /** A day and month that no year follows (neither "22 March 2012" nor "22 March, 2012"). */
    private static final Pattern NO_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\b(?!,? \\d{4})");
    /** Context kept on each side of a date inside a long sentence. */
    static final int CONTEXT = 110;

    private DateFinder() {
    }

    /**
     * A date and its excerpt, split so the page can highlight the date: before + written + after.
     * {@code yearInferred} when the text gives no year and it was inferred from the document's date, for
     * the {@code reason} given ("after the document’s date: “is expected to”"; empty for a full date).
     */
    record Found(LocalDate date, int position, String before, String written, String after, boolean yearInferred,
                 String reason) {
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
        Clauses sentences = new Clauses(text);
        collect(DAY_FIRST.matcher(text), 1, 2, 3, text, sentences, found);
        collect(MONTH_FIRST.matcher(text), 2, 1, 3, text, sentences, found);
        if (documentDate != null) {
            int[] written = starts(text);
            Tense.Cues cues = new Tense.Cues(text);
            Matcher m = NO_YEAR.matcher(text);
            while (m.find()) {
                int[] sentence = sentences.around(m.start(), m.end());
                // The words after the date run to the sentence's end or the next date, whichever comes first.
                int next = Arrays.binarySearch(written, m.end());
                next = next >= 0 ? next : -next - 1;
                int to = next < written.length ? Math.min(sentence[1], written[next]) : sentence[1];
                Optional<Tense.Year> year = Tense.year(m.group(1) + " " + m.group(2), documentDate,
                        cues, sentence[0], m.start(), text.substring(m.end(), Math.max(m.end(), to)));
                year.ifPresent(y -> found.add(excerpt(text, sentences, m.start(), m.end(), y.date(), true, y.reason())));
            }
        }
        found.sort(Comparator.comparingInt(Found::position));
        return found;
    }

    private static void collect(Matcher m, int day, int month, int year, String text, Clauses sentences, List<Found> out) {
        while (m.find()) {
            // "31 February 2012" is no date: it stays out of the timeline.
            UnDates.parse(m.group(day) + " " + m.group(month) + " " + m.group(year))
                    .ifPresent(date -> out.add(excerpt(text, sentences, m.start(), m.end(), date, false, "")));
        }
    }

    /** Where every date is written in the text, with or without its year, in order: the words after one end at the next. */
    private static int[] starts(String text) {
        IntStream.Builder starts = IntStream.builder();
        for (Pattern pattern : new Pattern[] {DAY_FIRST, MONTH_FIRST, NO_YEAR}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                starts.add(m.start());
            }
        }
        return starts.build().sorted().toArray();
    }

    private static Found excerpt(String text, Clauses sentences, int start, int end, LocalDate date, boolean inferred, String reason) {
        int[] sentence = sentences.around(start, end);
        int from = Math.max(sentence[0], start - CONTEXT);
        int to = Math.min(sentence[1], end + CONTEXT);
        return new Found(date, start,
                (from > sentence[0] ? "…" : "") + text.substring(from, start).stripLeading(),
                text.substring(start, end),
                text.substring(end, to).stripTrailing() + (to < sentence[1] ? "…" : ""), inferred, reason);
    }

    /**
     * The clauses of a text, found once: a paragraph of 20,000 dates looks up each date's clause in
     * the list of where clauses end rather than reading the text from its start again.
     */
    private static final class Clauses {

        private final int length;
        /** Where each sentence or clause ends, in order (each mark is one character). */
        private final int[] ends;

        Clauses(String text) {
            length = text.length();
            ends = Sentences.clauseEnds(text);
        }

        /** Start and end of the sentence holding text[start, end): after the last mark before it, through the first after it. */
        int[] around(int start, int end) {
            int before = insertion(start) - 1;
            int after = insertion(end);
            return new int[] {before >= 0 ? ends[before] + 1 : 0, after < ends.length ? ends[after] + 1 : length};
        }

        /** How many marks stand before {@code at}. */
        private int insertion(int at) {
            int i = Arrays.binarySearch(ends, at);
            return i >= 0 ? i : -i - 1;
        }
    }
}
