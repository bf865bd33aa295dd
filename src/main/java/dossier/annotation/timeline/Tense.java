package dossier.annotation.timeline;

import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a day and month written without one ("On 22 March, a mutiny …"), from the words that say
 * when it happens: what has happened (a past verb: "was", "resulted", "since") falls on or before the
 * document's date; what is planned (a future or plan: "will", "is expected to", "scheduled for", "next") after
 * it; with neither, the nearest such day. The words read are the last of time before the date in its sentence,
 * or failing those the first after it in its own clause (up to "which", "that", "to" … or the next date).
 */
final class Tense {

    /** When the day falls, and the words that said so, for the timeline and {@code dossier check}. */
    record Year(LocalDate date, String reason) {
    }

    private enum When { PAST, FUTURE }

    private static final Pattern FUTURE = Pattern.compile("\\b(?:will(?: have)?|shall|(?:is|are) (?:expected|scheduled|planned|due|set) to"
            + "|(?:is|are) to be|scheduled (?:for|to)|planned (?:for|to)|(?:intends|plans) to|next|forthcoming|upcoming)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Past auxiliaries, common irregular past verbs and words of time past. */
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|has|have|did|took|held|met|began|led|made|gave|sent"
            + "|came|went|fell|left|said|saw|told|became|brought|fled|fought|struck|won|lost|paid|ago|last|earlier|previously|since)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A regular past verb, lower case (a capital "United" is a name): weaker than any word above. */
    private static final Pattern PAST_ED = Pattern.compile("\\b\\p{Ll}{2,}ed\\b");
    /** Where a clause after the date ends: the words beyond speak of something else ("… on 19 November to welcome …"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:]|\\b(?:which|that|who|where|to)\\b");
    /** Years between two 29 Februaries at most (1896 to 1904). */
    private static final int LEAP_CYCLE = 8;

    private Tense() {
    }

    /**
     * @param before the words of the sentence before the date
     * @param after  the words after it, to the sentence's end or the next date
     */
    static Optional<Year> year(String dayAndMonth, LocalDate documentDate, String before, String after) {
        List<Cue> earlier = cues(before);
        Matcher end = CLAUSE_END.matcher(after);
        List<Cue> later = cues(end.find() ? after.substring(0, end.start()) : after);
        // A past auxiliary, irregular verb or plan outweighs a regular past verb, which may be an adjective ("armed").
        Optional<Cue> cue = last(earlier, true).or(() -> first(later, true))
                .or(() -> last(earlier, false)).or(() -> first(later, false));
        if (cue.isEmpty()) {
            return nearest(dayAndMonth, documentDate)
                    .map(d -> new Year(d, "no word of tense: the nearest to the document’s date"));
        }
        String words = "“" + cue.get().words + "”";
        return cue.get().when == When.FUTURE
                ? firstAfter(dayAndMonth, documentDate).map(d -> new Year(d, "after the document’s date: " + words))
                : lastOnOrBefore(dayAndMonth, documentDate).map(d -> new Year(d, "on or before the document’s date: " + words));
    }

    private record Cue(When when, String words, int start, boolean strong) {
    }

    private static Optional<Cue> last(List<Cue> cues, boolean strong) {
        return cues.stream().filter(c -> c.strong == strong).reduce((a, b) -> b);
    }

    private static Optional<Cue> first(List<Cue> cues, boolean strong) {
        return cues.stream().filter(c -> c.strong == strong).findFirst();
    }

    /** Every word of time in order; a past word inside a future phrase ("will have") is the phrase's. */
    private static List<Cue> cues(String text) {
        List<Cue> cues = new ArrayList<>();
        Matcher future = FUTURE.matcher(text);
        while (future.find()) {
            cues.add(new Cue(When.FUTURE, future.group(), future.start(), true));
        }
        for (Pattern past : List.of(PAST, PAST_ED)) {
            Matcher m = past.matcher(text);
            while (m.find()) {
                int at = m.start();
                if (cues.stream().noneMatch(c -> c.when == When.FUTURE && at >= c.start && at < c.start + c.words.length())) {
                    cues.add(new Cue(When.PAST, m.group(), at, past == PAST));
                }
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    /** "22 March" in a document of 28 November 2012: 22 March 2012; "30 December" there: 30 December 2011. */
    static Optional<LocalDate> lastOnOrBefore(String dayAndMonth, LocalDate documentDate) {
        return years(documentDate.getYear(), -1).mapToObj(y -> in(dayAndMonth, y)).flatMap(Optional::stream)
                .filter(d -> !d.isAfter(documentDate)).findFirst();
    }

    /** "10 December" in a document of 28 November 2012: 10 December 2012; "15 January" there: 15 January 2013. */
    static Optional<LocalDate> firstAfter(String dayAndMonth, LocalDate documentDate) {
        return years(documentDate.getYear(), 1).mapToObj(y -> in(dayAndMonth, y)).flatMap(Optional::stream)
                .filter(d -> d.isAfter(documentDate)).findFirst();
    }

    /** The document's year and those after it (step 1) or before it (step -1): enough to meet a 29 February. */
    private static IntStream years(int from, int step) {
        return IntStream.iterate(from, y -> y + step).limit(LEAP_CYCLE + 1);
    }

    /** Of the day in the document's year and those on either side, the nearest to its date (the earlier on a tie). */
    static Optional<LocalDate> nearest(String dayAndMonth, LocalDate documentDate) {
        return IntStream.of(-1, 0, 1).mapToObj(y -> in(dayAndMonth, documentDate.getYear() + y))
                .flatMap(Optional::stream)
                .min(Comparator.comparingLong((LocalDate d) -> Math.abs(d.toEpochDay() - documentDate.toEpochDay()))
                        .thenComparing(d -> d));
    }

    private static Optional<LocalDate> in(String dayAndMonth, int year) {
        return UnDates.parse(dayAndMonth + " " + year);
    }
}
