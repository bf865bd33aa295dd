package dossier.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote markers on the evidence of the footnotes themselves. A PDF extractor leaves a marker as
 * plain digits run into the text: after a word ("Nations1"), after punctuation ("Questions,2",
 * "Development.2", "2024,1"), after a space ("Mali 1"), or into a year ("November 20242"). Digits are
 * a marker only when a footnote of that number is printed on the same page (below its rule, after the
 * text since the previous footnotes), after the marker before it: markers run in order, 1, 2, 3 …
 * Between the previous marker and the footnote, the
 * first place of the surest kind is taken (see {@link #places}). A number after a word that counts
 * things ("paragraph 2", "Article 19", "No. 11") or before a quantity ("5 per cent") is a number.
 */
final class MarkerSearch {

    /** Words a number follows as a number, not as a footnote marker. */
    private static final Set<String> COUNTING_WORDS = Set.of("paragraph", "paragraphs", "para", "paras", "article",
            "articles", "section", "sections", "chapter", "chapters", "annex", "annexes", "item", "items", "rule", "rules",
            "resolution", "resolutions", "decision", "decisions", "goal", "goals", "target", "targets", "principle",
            "principles", "part", "parts", "volume", "number", "table", "figure", "page", "pages",
            "phase", "level", "step", "option", "protocol", "recommendation", "recommendations", "group",
            "meeting", "session", "and", "or", "to", "of", "from", "than", "with", "by", "on", "in", "at", "for", "over");
    /** Abbreviations a number follows: "No. 11", "vol. 610", "para. 6". */
    private static final Set<String> COUNTING_ABBREVIATIONS = Set.of("no.", "nos.", "vol.", "para.", "paras.", "art.",
            "p.", "pp.", "sect.", "chap.", "op.");
    /** Words a number precedes as a quantity or a date. */
    private static final Pattern QUANTITY_AFTER = Pattern.compile("(?:" + Markers.MONTH
            + "|per|percent|million|billion|thousand|years?|months?|days?|weeks?|hours?|times|%)\\b.*");

    private MarkerSearch() {
    }

    record Found(List<SourceLine> lines, List<String> oddities) {
    }

    /** A place where {@code marker} may stand as a footnote marker in a line: where its digits are; tier 0 is the surest. */
    private record Place(int line, int start, int end, int tier) {
    }

    /** The lines with each footnote's marker embedded where the evidence puts it. */
    static Found mark(List<SourceLine> lines, List<PageFurniture.Footnote> footnotes, Vocabulary vocabulary) {
        List<SourceLine> out = new ArrayList<>(lines);
        List<String> oddities = new ArrayList<>();
        int fromLine = 0;
        int fromChar = 0;
        int pageStart = 0;
        int previousEnd = 0;
        for (PageFurniture.Footnote footnote : footnotes) {
            String marker = footnote.marker();
            int before = upTo(out, footnote.line());
            if (upTo(out, previousEnd) < before) {
                pageStart = upTo(out, previousEnd);  // text since the last footnotes: this footnote's page
            }
            previousEnd = footnote.lines().get(footnote.lines().size() - 1).number() + 1;
            if (fromLine < pageStart) {
                fromLine = pageStart;
                fromChar = 0;
            }
            Optional<int[]> embedded = embeddedAt(out, marker, fromLine, before);
            if (embedded.isPresent()) {
                fromLine = embedded.get()[0];
                fromChar = embedded.get()[1];
                continue;
            }
            Optional<Place> place = find(out, marker, fromLine, fromChar, before, vocabulary);
            if (place.isEmpty()) {
                oddities.add("footnote " + marker + " (line " + footnote.line() + "): no marker " + marker
                        + " found in the text of its page; the footnote is kept, not linked");
                continue;
            }
            Place p = place.get();
            SourceLine line = out.get(p.line());
            String text = line.text().substring(0, p.start()) + FootnoteMarkers.embed(marker) + line.text().substring(p.end());
            out.set(p.line(), line.withText(text));
            fromLine = p.line();
            fromChar = p.start() + FootnoteMarkers.embed(marker).length();
        }
        return new Found(out, oddities);
    }

    /** Whether {@code marker} stands as a marker somewhere in these lines. */
    static boolean carries(List<SourceLine> lines, String marker, Vocabulary vocabulary) {
        return find(lines, marker, 0, 0, lines.size(), vocabulary).isPresent();
    }

    private static int upTo(List<SourceLine> lines, int sourceLine) {
        int i = 0;
        while (i < lines.size() && lines.get(i).number() < sourceLine) {
            i++;
        }
        return i;
    }

    private static Optional<int[]> embeddedAt(List<SourceLine> lines, String marker, int from, int before) {
        for (int i = from; i < before; i++) {
            int at = lines.get(i).text().indexOf(FootnoteMarkers.embed(marker));
            if (at >= 0) {
                return Optional.of(new int[] {i, at + FootnoteMarkers.embed(marker).length()});
            }
        }
        return Optional.empty();
    }

    /** The first place of the surest tier between the previous marker and the footnote. */
    private static Optional<Place> find(List<SourceLine> lines, String marker, int fromLine, int fromChar, int before,
                                        Vocabulary vocabulary) {
        Place best = null;
        for (int i = fromLine; i < before; i++) {
            int from = i == fromLine ? fromChar : 0;
            for (Place place : places(lines.get(i).text(), i, marker, vocabulary)) {
                if (place.start() >= from && (best == null || place.tier() < best.tier())) {
                    best = place;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every place in one line where the digits of {@code marker} may be a marker, in order of preference:
     * run into a word or after punctuation first, then after a space following a capitalised word or
     * punctuation ("Mali 1", "Commitment, 12"), then after a space following any other word ("the agenda 5
     * and"), then run into a year.
     */
    private static List<Place> places(String text, int line, String marker, Vocabulary vocabulary) {
        List<Place> out = new ArrayList<>();
        if (!text.contains(marker)) {
            return out;  // every shape holds the marker's digits: most lines are ruled out at once
        }
        for (Shapes.Hit glued : Shapes.glued(text, marker)) {
            String word = wordBefore(text, glued.start());
            int together = vocabulary.count(word + marker);
            boolean name = Character.isLetter(word.charAt(word.length() - 1)) && together > 1
                    && together >= vocabulary.count(word);
            if (!name && !quantity(text.substring(glued.end()))) {  // "G5", written again and again and more than "G", is a name
                out.add(new Place(line, glued.start(), glued.end(), 0));
            }
        }
        for (Shapes.Hit spaced : Shapes.spaced(text, marker)) {
            String word = wordBefore(text, spaced.start());
            boolean punctuated = !Character.isLetter(word.charAt(word.length() - 1));
            String lower = word.toLowerCase(Locale.ROOT);
            boolean counting = punctuated ? COUNTING_ABBREVIATIONS.contains(lower) : COUNTING_WORDS.contains(lower);
            if (!counting && !quantity(text.substring(spaced.end()))) {
                out.add(new Place(line, spaced.start(), spaced.end(),
                        punctuated || Character.isUpperCase(word.charAt(0)) ? 1 : 2));
            }
        }
        for (Shapes.Hit year : Shapes.intoYear(text, marker)) {
            out.add(new Place(line, year.start(), year.end(), 3));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The shapes one marker's digits take in the text: run in, after a space, into a year. Each shape is found
     * from the places the marker's digits stand (a plain search), with fixed patterns looking around them: a
     * pattern naming the marker would be compiled for each marker, and one opening with a lookbehind is tried
     * at every character of every line of a page. Each finds what the regex in its comment finds.
     */
    static final class Shapes {
        private static final Pattern GLUED_BEFORE = Pattern.compile("(?<=\\p{L}[.,;:’”)]?|\\d[,;:’”)])");
        private static final Pattern ENDS = Pattern.compile("(?=[\\s.,;:)’”\\uE000]|$)");
        private static final Pattern SPACED_BEFORE = Pattern.compile("(?<=[\\p{L}.,;:’”)])");
        private static final Pattern SPACED_AFTER = Pattern.compile("(?=\\s+[^\\d\\s]|\\s*$)");
        private static final Pattern YEAR = Pattern.compile("(?<![\\d\\p{L}])(?:19|20)\\d\\d");
        private static final int YEAR_LENGTH = 4;

        /** Where digits stand in a text: from {@code start} to {@code end}. */
        record Hit(int start, int end) {
        }

        private Shapes() {
        }

        /** {@code (?<=\p{L}[.,;:’”)]?|\d[,;:’”)])N(?=[\s.,;:)’”\uE000]|$)}: "Nations1", "Development.2", "2024,1". */
        static List<Hit> glued(String text, String marker) {
            return find(text, marker, (at, end, from) ->
                    holds(GLUED_BEFORE, text, at) && holds(ENDS, text, end) ? new Hit(at, end) : null);
        }

        /** {@code (?<=[\p{L}.,;:’”)])\s+N(?=\s+[^\d\s]|\s*$)}, the spaces included: "Mali 1". */
        static List<Hit> spaced(String text, String marker) {
            return find(text, marker, (at, end, from) -> {
                int space = at;
                while (space > from && isSpace(text.charAt(space - 1))) {
                    space--;
                }
                return space < at && holds(SPACED_BEFORE, text, space) && holds(SPACED_AFTER, text, end) ? new Hit(space, end) : null;
            });
        }

        /** {@code (?<![\d\p{L}])(?:19|20)\d\d(N)(?=[\s.,;:)’”\uE000]|$)}, the marker's digits only: "November 20242". */
        static List<Hit> intoYear(String text, String marker) {
            return find(text, marker, (at, end, from) -> at - YEAR_LENGTH >= from
                    && YEAR.matcher(text).region(at - YEAR_LENGTH, at).useTransparentBounds(true).matches()
                    && holds(ENDS, text, end) ? new Hit(at, end) : null);
        }

        /** What a shape makes of the marker's digits from {@code at} to {@code end}, the last hit ending at {@code from}. */
        private interface Shape {
            /** The hit there, or null. */
            Hit at(int at, int end, int from);
        }

        /** Every hit of a shape, tried where the marker's digits stand, left to right, each after the last, as a regex finds them. */
        private static List<Hit> find(String text, String marker, Shape shape) {
            List<Hit> out = new ArrayList<>();
            int from = 0;
            int at = text.indexOf(marker);
            while (at >= 0) {
                int end = at + marker.length();
                Hit hit = shape.at(at, end, from);
                if (hit != null) {
                    out.add(hit);
                    from = end;
                    at = text.indexOf(marker, end);
                } else {
                    at = text.indexOf(marker, at + 1);
                }
            }
            return out;
        }

        /** Whether a pattern that only looks around holds at {@code at}, seeing the whole text. */
        private static boolean holds(Pattern lookaround, String text, int at) {
            return lookaround.matcher(text).region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false).lookingAt();
        }

        /** Java's regex \s. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    private static boolean quantity(String after) {
        return QUANTITY_AFTER.matcher(after.strip()).matches();
    }

    /** The word that ends where the digits begin. */
    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
