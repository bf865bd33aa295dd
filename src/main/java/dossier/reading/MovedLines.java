package dossier.reading;

import dossier.reading.LineGroups.Group;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the rest of a line that an OCR layer moved out of its paragraph. On a typewritten page the wide space
 * after a sentence's end can cut a line in two boxes, and the right one is set apart after the paragraph, as an
 * unnumbered line among numbered paragraphs ("…and constitutional issues." … "However, it has continued"). The line
 * it was cut from shows what it lost: it ends a sentence or a clause, the next line goes on in lower case ("to be
 * difficult to translate…"), and with the rest put back it is a full line again, as wide as the paragraph's widest
 * or nearly ({@link Layout#WRAPPED_SHARE}; where lines were not wrapped at a page's width, none is). A rest
 * that ends a sentence itself was cut from the paragraph's last line. A rest opening with an item's letter ("(c)")
 * goes after the item before it. A rest that fits no such place, or more than one, stays where it is (the reader
 * reports it as an unnumbered paragraph among numbered ones); where it would fill a line whose next one opens a
 * sentence, the place is possible but not certain, and the rest is reported with that line (a heading may look so).
 */
final class MovedLines {

    /** A line ends a sentence or a clause (not a comma: wrapped lines end in commas everywhere). */
    private static final Pattern ENDS = Pattern.compile("[.;:?!][\"”’)\\]]*$");
    /** An item's letter at a line's start, its bracket perhaps read as a brace by the OCR layer: "(c)", "{h)". */
    private static final Pattern ITEM = Pattern.compile("^[({]([a-z])\\)\\s");
    /** What the OCR layer's spacing may add to a line's width, in characters. */
    private static final int SLACK = 4;

    private final List<Group> out = new ArrayList<>();
    private final List<String> oddities = new ArrayList<>();
    /** The rests put back: a line they were cut from is followed by them now, and is no place for another. */
    private final Set<SourceLine> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Indexes in {@link #out} of the current numbered paragraph's groups: its own, then its items'. */
    private final List<Integer> paragraph = new ArrayList<>();

    private MovedLines() {
    }

    /** The groups with each moved rest put back, and the rests whose place is possible but not certain. */
    record Result(List<Group> groups, List<String> oddities) {
    }

    /** Puts back each moved rest in its paragraph; the body only (an annex's texts are their own). */
    static Result putBack(List<Group> groups) {
        MovedLines moved = new MovedLines();
        moved.read(groups);
        return new Result(moved.out, moved.oddities);
    }

    private void read(List<Group> groups) {
        for (int index = 0; index < groups.size(); index++) {
            Group group = groups.get(index);
            Markers.Kind kind = group.start().kind();
            if (kind == Markers.Kind.ANNEX) {
                out.addAll(groups.subList(index, groups.size()));
                return;
            }
            boolean text = !group.cover() && !group.isTable() && !group.map();
            if (text && kind == Markers.Kind.NONE && !paragraph.isEmpty() && putBack(group)) {
                continue;
            }
            if (text && kind == Markers.Kind.NUMBER) {
                paragraph.clear();
                paragraph.add(out.size());
            } else if (!(text && kind == Markers.Kind.SUB && !paragraph.isEmpty())) {
                paragraph.clear();
            } else {
                paragraph.add(out.size());
            }
            out.add(group);
        }
    }

    /** Puts the group's first line in its place in the paragraph, and the lines after it at the paragraph's end. */
    private boolean putBack(Group group) {
        SourceLine rest = group.first();
        List<SourceLine> after = group.lines().subList(1, group.lines().size());
        int lastGroup = paragraph.get(paragraph.size() - 1);
        List<SourceLine> last = out.get(lastGroup).lines();
        String lastWords = last.get(last.size() - 1).words();
        if (!after.isEmpty() && (Markers.terminal(lastWords) || !Markers.continues(after.get(0).words()))) {
            return false;  // the lines after it do not go on with the paragraph's last sentence
        }
        Optional<int[]> place = place(rest);
        if (place.isEmpty()) {
            return false;
        }
        int[] at = place.get();
        List<SourceLine> lines = new ArrayList<>(out.get(at[0]).lines());
        lines.add(at[1], rest);
        out.set(at[0], new Group(List.copyOf(lines), false));
        placed.add(rest);
        if (!after.isEmpty()) {
            List<SourceLine> end = new ArrayList<>(out.get(lastGroup).lines());
            end.addAll(after);
            out.set(lastGroup, new Group(List.copyOf(end), false));
        }
        return true;
    }

    /** Where the rest goes: {group index in out, line index in that group}, where the evidence names one place. */
    private Optional<int[]> place(SourceLine rest) {
        int widest = 0;
        for (int g : paragraph) {
            for (SourceLine line : out.get(g).lines()) {
                widest = Math.max(widest, width(line));
            }
        }
        int room = widest + SLACK - width(rest) - 1;
        int least = (int) Math.ceil(Layout.WRAPPED_SHARE * widest) - width(rest) - 1;
        if (ENDS.matcher(rest.words()).find()) {
            int g = paragraph.get(paragraph.size() - 1);
            List<SourceLine> lines = out.get(g).lines();
            SourceLine last = lines.get(lines.size() - 1);
            boolean fits = lines.size() > 1 && ENDS.matcher(last.words()).find() && fills(last, least, room);
            return fits ? Optional.of(new int[] {g, lines.size()}) : Optional.empty();
        }
        Matcher item = ITEM.matcher(rest.words());
        boolean isItem = item.find();
        List<int[]> places = new ArrayList<>();
        List<Integer> possible = new ArrayList<>();  // lines it would fill whose next line opens a sentence, not an item
        for (int g : paragraph) {
            List<SourceLine> lines = out.get(g).lines();
            if (isItem && !isItemBefore(out.get(g), item.group(1).charAt(0))) {
                continue;
            }
            for (int i = 0; i + 1 < lines.size(); i++) {
                SourceLine next = lines.get(i + 1);
                if (!ENDS.matcher(lines.get(i).words()).find() || !fills(lines.get(i), least, room) || placed.contains(next)) {
                    continue;
                }
                if (Markers.continues(next.words())) {
                    places.add(new int[] {g, i + 1});
                } else if (next.start().kind() == Markers.Kind.NONE) {  // not an item after a clause
                    possible.add(lines.get(i).number());
                }
            }
        }
        if (places.isEmpty() && !possible.isEmpty()) {
            oddities.add("line " + rest.number() + ": “" + Whitespace.single(rest.words()).strip() + "” stands apart from the "
                    + "paragraph above it; it may be the rest of line " + possible.get(0) + ", cut by the extractor (the next "
                    + "line opens a sentence): left where it is");
        }
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    /** The group is the item whose letter comes right before {@code letter}. */
    private static boolean isItemBefore(Group group, char letter) {
        String number = group.start().kind() == Markers.Kind.SUB ? group.start().number() : "";
        return number.length() == 3 && number.charAt(1) == letter - 1;
    }

    /** With the rest put back, the line would be a full one: between {@code least} and {@code room} wide before it. */
    private static boolean fills(SourceLine line, int least, int room) {
        int width = width(line);
        return width >= least && width <= room;
    }

    private static int width(SourceLine line) {
        return Whitespace.single(line.words()).strip().length();
    }
}
