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
 * a marker only when a footnote of that number is printed further on (below the page's rule), after the
 * marker before it: markers run in order, 1, 2, 3 … Between the previous marker and the footnote, the
 * first place the number stands as a marker is taken; digits run into a year only when no other place
 * is found. A number after a word that counts things ("paragraph 2", "Article 19", "No. 11") is a number.
 */
final class MarkerSearch {

    /** Words a number follows as a number, not as a footnote marker. */
    private static final Set<String> COUNTING_WORDS = Set.of("paragraph", "paragraphs", "para", "paras", "article",
            "articles", "section", "sections", "chapter", "chapters", "annex", "annexes", "item", "items", "rule", "rules",
            "resolution", "resolutions", "decision", "decisions", "goal", "goals", "target", "targets", "principle",
            "principles", "part", "parts", "volume", "vol", "no", "nos", "number", "table", "figure", "page", "pages",
            "phase", "level", "step", "option", "protocol", "recommendation", "recommendations", "group",
            "meeting", "session", "and", "or", "to", "of", "from", "than", "with", "by", "on", "in", "at", "for", "over");
    /** Words a number precedes as a quantity or a date. */
    private static final Pattern QUANTITY_AFTER = Pattern.compile("(?:" + Markers.MONTH
            + "|per|percent|million|billion|thousand|years?|months?|days?|weeks?|hours?|times|%)\\b.*");

    private MarkerSearch() {
    }

    record Found(List<SourceLine> lines, List<String> oddities) {
    }

    /** A place where {@code marker} stands as a footnote marker in a line: where its digits are, and how sure. */
    private record Place(int line, int start, int end, boolean intoYear) {
    }

    /** The lines with each footnote's marker embedded where the evidence puts it. */
    static Found mark(List<SourceLine> lines, List<PageFurniture.Footnote> footnotes, Vocabulary vocabulary) {
        List<SourceLine> out = new ArrayList<>(lines);
        List<String> oddities = new ArrayList<>();
        int fromLine = 0;
        int fromChar = 0;
        for (PageFurniture.Footnote footnote : footnotes) {
            String marker = footnote.marker();
            int before = upTo(out, footnote.line());
            Optional<int[]> embedded = embeddedAt(out, marker, fromLine, before);
            if (embedded.isPresent()) {
                fromLine = embedded.get()[0];
                fromChar = embedded.get()[1];
                continue;
            }
            Optional<Place> place = find(out, marker, fromLine, fromChar, before, vocabulary);
            if (place.isEmpty()) {
                oddities.add("footnote " + marker + " (line " + footnote.line() + "): no marker " + marker
                        + " found in the text before it; the footnote is kept, not linked");
                continue;
            }
            Place p = place.get();
            SourceLine line = out.get(p.line());
            String text = line.text().substring(0, p.start()) + FootnoteMarkers.embed(marker) + line.text().substring(p.end());
            out.set(p.line(), new SourceLine(line.number(), line.indent(), text, line.blankBefore(), line.pageBreakBefore()));
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

    private static Optional<Place> find(List<SourceLine> lines, String marker, int fromLine, int fromChar, int before,
                                        Vocabulary vocabulary) {
        Place intoYear = null;
        for (int i = fromLine; i < before; i++) {
            String text = lines.get(i).text();
            int from = i == fromLine ? fromChar : 0;
            for (Place place : places(text, i, marker, vocabulary)) {
                if (place.start() < from) {
                    continue;
                }
                if (!place.intoYear()) {
                    return Optional.of(place);
                }
                if (intoYear == null) {
                    intoYear = place;
                }
            }
        }
        return Optional.ofNullable(intoYear);
    }

    /** Every place in one line where the digits of {@code marker} may be a marker, in order. */
    private static List<Place> places(String text, int line, String marker, Vocabulary vocabulary) {
        List<Place> out = new ArrayList<>();
        String n = Pattern.quote(marker);
        String ends = "(?=[\\s.,;:)’”\\uE000]|$)";
        Matcher glued = Pattern.compile("(?<=\\p{L}[.,;:’”)]?|\\d{4}[.,;:’”)])" + n + ends).matcher(text);
        while (glued.find()) {
            String word = wordBefore(text, glued.start());
            int together = vocabulary.count(word + marker);
            boolean name = Character.isLetter(word.charAt(word.length() - 1)) && together > 1
                    && together >= vocabulary.count(word);
            if (!name) {  // "G5", written again and again and more than "G", is a name
                out.add(new Place(line, glued.start(), glued.end(), false));
            }
        }
        Matcher spaced = Pattern.compile("(?<=[\\p{L}.,;:’”)])\\s+" + n + "(?=\\s+[^\\d\\s]|\\s*$)").matcher(text);
        while (spaced.find()) {
            String word = wordBefore(text, spaced.start());
            String after = text.substring(spaced.end()).strip();
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            boolean punctuated = !word.isEmpty() && !Character.isLetterOrDigit(word.charAt(word.length() - 1));
            String key = Vocabulary.key(word).toLowerCase(Locale.ROOT);
            if ((capitalised || punctuated) && !COUNTING_WORDS.contains(key) && !QUANTITY_AFTER.matcher(after).matches()) {
                out.add(new Place(line, spaced.start(), spaced.end(), false));
            }
        }
        Matcher year = Pattern.compile("(?<![\\d\\p{L}])(?:19|20)\\d\\d(" + n + ")" + ends).matcher(text);
        while (year.find()) {
            out.add(new Place(line, year.start(1), year.end(1), true));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
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
