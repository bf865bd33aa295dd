package dossier.annotation.timeline;

import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
     * @param text          the paragraph, its words of time found once
     * @param sentenceStart where the date's sentence starts: the words read before the date are those after it
     * @param dateStart     where the date is written
     * @param after         the words after it, to the sentence's end or the next date
     */
    static Optional<Year> year(String dayAndMonth, LocalDate documentDate, Cues text, int sentenceStart, int dateStart,
                               String after) {
        Matcher end = CLAUSE_END.matcher(after);
        List<Cue> later = new Cues(end.find() ? after.substring(0, end.start()) : after).all;
        // A past auxiliary, irregular verb or plan outweighs a regular past verb, which may be an adjective ("armed").
        Optional<Cue> cue = text.last(sentenceStart, dateStart, true).or(() -> first(later, true))
                .or(() -> text.last(sentenceStart, dateStart, false)).or(() -> first(later, false));
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

        int end() {
            return start + words.length();
        }
    }

    private static Optional<Cue> first(List<Cue> cues, boolean strong) {
        return cues.stream().filter(c -> c.strong == strong).findFirst();
    }

    /**
     * Every word of time of a text in order, found once, so that each of a paragraph's dates looks up the last
     * before it (in its sentence) instead of reading its sentence again: a sentence of 20,000 dates stays linear.
     * A past word inside a future phrase ("will have") is the phrase's. No word of time holds a digit, so none
     * runs into a date: the words before a date in the text are those its sentence's words before it hold.
     */
    static final class Cues {

        private final List<Cue> all = new ArrayList<>();
        private final List<Cue> strong = new ArrayList<>();
        private final List<Cue> weak = new ArrayList<>();

        Cues(String text) {
            List<Cue> future = new ArrayList<>();
            Matcher m = FUTURE.matcher(text);
            while (m.find()) {
                future.add(new Cue(When.FUTURE, m.group(), m.start(), true));
            }
            all.addAll(future);
            int[] phrases = future.stream().mapToInt(Cue::start).toArray();
            for (Pattern past : List.of(PAST, PAST_ED)) {
                m = past.matcher(text);
                while (m.find()) {
                    if (!inside(future, phrases, m.start())) {
                        all.add(new Cue(When.PAST, m.group(), m.start(), past == PAST));
                    }
                }
            }
            all.sort(Comparator.comparingInt(Cue::start));
            all.forEach(c -> (c.strong ? strong : weak).add(c));
        }

        /** Whether {@code at} falls inside one of the phrases (in order, not overlapping; {@code starts} theirs). */
        private static boolean inside(List<Cue> phrases, int[] starts, int at) {
            int i = Arrays.binarySearch(starts, at);
            int last = i >= 0 ? i : -i - 2;
            return last >= 0 && at < phrases.get(last).end();
        }

        /** The last strong (or weak) word of time that lies within [from, to). */
        Optional<Cue> last(int from, int to, boolean strong) {
            List<Cue> cues = strong ? this.strong : weak;
            int lo = 0;
            int hi = cues.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cues.get(mid).end() <= to) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && cues.get(lo - 1).start >= from ? Optional.of(cues.get(lo - 1)) : Optional.empty();
        }
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
