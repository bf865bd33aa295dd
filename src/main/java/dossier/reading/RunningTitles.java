package dossier.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the document's title where a page repeats it as a running head. The title is known from the
 * first page: the first block after the masthead ("80/2. Scale of assessments …" without its number). Once
 * past it, lines standing by themselves — after a page break, a blank line or footnotes, and before the
 * next — whose words are all words of the title, in its order, are that head, wherever the page breaks:
 * between paragraphs or in the middle of a sentence, which then joins up again. The same words inside a
 * sentence are text; so is an annex's own title, printed right under "Annex", and so are a map's labels
 * ("UNITED NATIONS" by its credit): a map fills its page, no running head stands among its words.
 */
final class RunningTitles {

    /** Fewer words than this may be a heading of the document's own (a one-word title proves nothing). */
    private static final int MIN_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private RunningTitles() {
    }

    record Result(List<SourceLine> lines, int removed) {
    }

    static Result strip(List<SourceLine> lines, List<LineGroups.Group> groups) {
        int titleEnd = -1;
        String title = "";
        LineGroups.Group titleGroup = titleGroup(groups);
        if (titleGroup != null) {
            Markers.Start start = titleGroup.start();
            String words = String.join(" ", titleGroup.lines().stream().map(SourceLine::words).toList());
            title = start.kind() == Markers.Kind.RESOLUTION_TITLE ? words.substring(words.indexOf(start.number())
                    + start.number().length()) : words;
            titleEnd = titleGroup.lines().get(titleGroup.lines().size() - 1).number();
        }
        List<String> titleList = words(List.of(title), Integer.MAX_VALUE);
        String titleWords = " " + String.join(" ", titleList) + " ";
        Set<SourceLine> mapLines = Collections.newSetFromMap(new IdentityHashMap<>());
        groups.stream().filter(LineGroups.Group::map).forEach(g -> mapLines.addAll(g.lines()));
        List<SourceLine> out = new ArrayList<>();
        int removed = 0;
        boolean breakPending = false;
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(lines, i);
            // A run longer than the title is not the title: its words are read only as far as that shows.
            List<String> run = words(lines.subList(i, end).stream().map(SourceLine::words).toList(), titleList.size());
            boolean standsAlone = i > 0 && (lines.get(i).blankBefore() || lines.get(i).pageBreakBefore());
            boolean underAnnex = i > 0 && lines.get(i - 1).start().kind() == Markers.Kind.ANNEX;
            boolean mapLabel = mapLines.contains(lines.get(i));
            if (standsAlone && !underAnnex && !mapLabel && lines.get(i).number() > titleEnd && run.size() >= MIN_WORDS
                    && run.size() <= titleList.size() && titleWords.contains(" " + String.join(" ", run) + " ")) {
                removed += end - i;
                breakPending = true;
            } else {
                for (int j = i; j < end; j++) {
                    SourceLine line = lines.get(j);
                    out.add(breakPending && j == i
                            ? line.afterPageBreak() : line);
                }
                breakPending = false;
            }
            i = end;
        }
        return new Result(out, removed);
    }

    /**
     * The first block after the masthead; or a resolution's numbered title among the next two: a page break or
     * a stray mark inside the masthead leaves its last lines ("Resolution adopted by …", "[on the report of
     * …]") outside it. None when a line of that block ends a sentence.
     */
    private static LineGroups.Group titleGroup(List<LineGroups.Group> groups) {
        List<LineGroups.Group> text = groups.stream().filter(g -> !g.cover()).limit(3).toList();
        if (text.isEmpty()) {
            return null;
        }
        LineGroups.Group title = text.stream().filter(g -> g.start().kind() == Markers.Kind.RESOLUTION_TITLE).findFirst()
                .orElse(text.get(0));
        // Sentences are no title: a note before the title ("Attached is an advance copy of the Report … Council.").
        return title.endsASentence() ? null : title;
    }

    /** The line after the run of lines that starts at {@code from}: the next that stands after a blank line or a page break. */
    private static int runEnd(List<SourceLine> lines, int from) {
        int end = from + 1;
        while (end < lines.size() && !lines.get(end).blankBefore() && !lines.get(end).pageBreakBefore()) {
            end++;
        }
        return end;
    }

    /**
     * The words of some lines in lower case, at most {@code most} + 1 of them: enough to tell lines of more
     * than {@code most}. Each line is lowered on its own, as it would be in their text joined by spaces.
     */
    private static List<String> words(List<String> lines, int most) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && out.size() <= most; i++) {
            Matcher word = WORD.matcher(lines.get(i).toLowerCase(Locale.ROOT));
            while (out.size() <= most && word.find()) {
                out.add(word.group());
            }
        }
        return out;
    }
}
