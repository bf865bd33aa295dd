package dossier.reading;

import static dossier.model.Anchors.FOOTNOTE;
import static dossier.model.Anchors.PARAGRAPH;
import static dossier.model.Anchors.PREAMBULAR;
import static dossier.model.Anchors.SECTION;
import static dossier.model.Anchors.UNNUMBERED;

import dossier.model.Block;
import dossier.model.Block.Type;
import dossier.model.Span;
import dossier.reading.LineGroups.Group;
import dossier.reading.Markers.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads groups of lines as the parts of a UN document, in order: the cover, the title, headings at
 * every level, numbered paragraphs and the numbered sub-headings that restart between them, sub-
 * paragraphs, a resolution's preamble and operative part, letters' unnumbered paragraphs, signatures,
 * annexes, notes, adoption lines and footnotes — and gives each linkable part its stable anchor.
 * The printed numbering decides what a number is: "2." between paragraphs 36 and 37 is a heading. Where
 * paragraph numbers start again at 1 under each numbered section (a text in parts I, II, III …, each
 * from paragraph 1), the paragraphs' anchors name their section ({@code sec-ii-para-2}) so that each is
 * unique; a text numbered straight through keeps {@code para-N}.
 */
final class StructureReader {

    /** Parts (0 the body, n the n-th annex) whose paragraph numbering restarts in each section. */
    private final Set<Integer> restartingParts;
    /** Sections where the numbering was seen to start again at 1, as "II" or "annex, II". */
    private final List<String> restarts = new ArrayList<>();
    private boolean sectionSinceParagraph;
    /** The group read as the end of the title ({@link #titleSequel}), or -1. */
    private int sequelRead = -1;
    private int tables;
    /** Words split by a hyphen at a line end or by kerning, and written closed. */
    private int rejoined;

    private final List<Group> groups;
    private final Vocabulary vocabulary;
    private final List<String> oddities = new ArrayList<>();
    private final Anchors anchors = new Anchors();
    private final List<Node> top = new ArrayList<>();

    private List<Node> container = top;
    private String prefix = "";
    private int annexes;
    private boolean bodyStarted;
    private boolean annexTitlePending;
    private boolean resolution;
    private boolean inPreamble;
    private boolean adoption;
    private int expectedParagraph = 1;
    private int preambular;
    private int unnumbered;
    private Heading heading = Heading.NONE;
    private Node parent;
    private Node letterSub;

    private StructureReader(List<Group> groups, Vocabulary vocabulary, Set<Integer> restartingParts) {
        this.groups = groups;
        this.vocabulary = vocabulary;
        this.restartingParts = restartingParts;
    }

    /** The blocks, what looked unusual, and the sections whose paragraph numbering starts again at 1. */
    record Result(List<Block> blocks, List<String> oddities, List<String> restarts, int tables, int wordsRejoined) {
    }

    /**
     * Puts back the rests of lines an extractor set apart ({@link MovedLines}), then reads once; when a part's numbering
     * turns out to restart in each section, reads again naming sections in its anchors.
     */
    static Result read(List<Group> grouped, List<PageFurniture.Footnote> footnotes, Vocabulary vocabulary) {
        MovedLines.Result moved = MovedLines.putBack(grouped);
        StructureReader first = new StructureReader(moved.groups(), vocabulary, Set.of());
        first.readAll(footnotes);
        StructureReader reader = first;
        if (!first.restartsSeen.isEmpty()) {
            reader = new StructureReader(moved.groups(), vocabulary, first.restartsSeen);
            reader.readAll(footnotes);
        }
        reader.oddities.addAll(moved.oddities());
        return reader.result();
    }

    /** Parts where a paragraph 1 came right under a new section after higher numbers. */
    private final Set<Integer> restartsSeen = new HashSet<>();

    private void readAll(List<PageFurniture.Footnote> footnotes) {
        for (int i = 0; i < groups.size(); i++) {
            read(i);
        }
        footnotes(footnotes);
    }

    private Result result() {
        return new Result(top.stream().map(Node::toBlock).toList(), oddities, restarts, tables, rejoined);
    }

    /** The numbering path of the current heading: "iii", "b", "1" and the depth it stands at. */
    private record Heading(String roman, String letter, String number, int depth) {
        static final Heading NONE = new Heading("", "", "", 0);

        /** "iii-b-1": the anchor's path, without the levels this heading does not have. */
        String path() {
            return String.join("-", Stream.of(roman, letter, number).filter(part -> !part.isEmpty()).toList());
        }
    }

    private void read(int index) {
        if (index == sequelRead) {
            return;
        }
        Group group = groups.get(index);
        String text = join(group.lines());
        String words = FootnoteMarkers.strip(text);
        int line = group.first().number();
        if (group.cover()) {
            cover().children.add(new Node(Type.COVER_LINE, "", "", text));
            return;
        }
        if (group.isTable()) {
            table(group);
            return;
        }
        if (group.map()) {
            add(new Node(Type.FIGURE, "", "", text));
            return;
        }
        Markers.Start alone = group.first().start();
        Markers.Start start = alone.numberOnly() && group.lines().size() > 1
                ? alone  // "I" or "A." alone on its line: the words below it are its heading
                : Markers.of(words);
        String rest = start.number().isEmpty() ? text : text.substring(text.indexOf(start.number()) + start.number().length()).strip();
        if (!bodyStarted) {
            bodyStarted = true;
            if (start.kind() == Kind.RESOLUTION_TITLE
                    || (start.kind() == Kind.NONE && Markers.headingLike(words, LineGroups.TITLE_WORDS) && !group.endsASentence())) {
                container.add(new Node(Type.TITLE, "", start.number(), titleSequel(index).map(s -> rest + " " + s).orElse(rest)));
                return;
            }
        }
        boolean annexTitle = annexTitlePending;
        annexTitlePending = false;
        switch (start.kind()) {
            case SIGNED -> add(new Node(Type.SIGNATURE, "", "", text));
            case ANNEX -> annex(text);
            case ORIGINAL -> add(new Node(Type.NOTE, "", "", text));
            case ADOPTED -> {
                adoption = true;
                add(new Node(Type.ADOPTION, "", "", text));
            }
            case PREAMBLE_OPENING -> {
                resolution = true;
                inPreamble = true;
                add(new Node(Type.PREAMBLE_OPENING, "", "", text));
            }
            case ROMAN, LETTER -> {
                if (Markers.headingLike(FootnoteMarkers.strip(rest), LineGroups.NUMBERED_HEADING_WORDS)) {
                    sectionHeading(start, rest, line);
                } else {
                    unnumbered(index, text, words, annexTitle);  // "A. Diarra was appointed …": a sentence, not a heading
                }
            }
            case NUMBER -> numbered(index, start, rest, line);
            case SUB -> subparagraph(start, rest, line);
            default -> unnumbered(index, text, words, annexTitle);
        }
    }

    /**
     * The line under a name that says what the document is ("United Nations Mission … in Haiti" / "Report of
     * the Secretary-General"): the title goes on there. The group is then read.
     */
    private Optional<String> titleSequel(int index) {
        if (index + 1 >= groups.size() || groups.get(index + 1).isTable() || groups.get(index + 1).cover()) {
            return Optional.empty();
        }
        String next = join(groups.get(index + 1).lines());
        String words = FootnoteMarkers.strip(next);
        if (groups.get(index + 1).start().kind() != Kind.NONE || !Markers.KIND_TITLE.matcher(words).matches()
                || !Markers.headingLike(words, LineGroups.HEADING_WORDS)) {
            return Optional.empty();
        }
        sequelRead = index + 1;
        return Optional.of(next);
    }

    /** A table: its header row if it has one, then its rows, each its cells in column order, in the order printed. */
    private void table(Group group) {
        tables++;
        Tables.Table found = group.table();
        found.undecided().ifPresent(oddities::add);
        Node table = new Node(Type.TABLE, "", "", "");
        for (int r = 0; r < found.rows().size(); r++) {
            Node row = new Node(r < found.headerRows() ? Type.TABLE_HEADER : Type.TABLE_ROW, "", "", "");
            found.rows().get(r).forEach(cell -> row.children.add(new Node(Type.TABLE_CELL, "", "", closed(cell))));
            table.children.add(row);
        }
        add(table);
        bodyStarted = true;
        parent = null;
        letterSub = null;
    }

    private Node cover() {
        if (!top.isEmpty() && top.get(top.size() - 1).type == Type.COVER) {
            return top.get(top.size() - 1);
        }
        Node cover = new Node(Type.COVER, "", "", "");
        top.add(cover);
        return cover;
    }

    private void add(Node node) {
        container.add(node);
    }

    private void annex(String text) {
        annexes++;
        String id = dossier.model.Anchors.annex(annexes);
        Node annex = new Node(Type.ANNEX, anchors.claim(id), "", text);
        top.add(annex);
        container = annex.children;
        prefix = annex.anchor + "-";
        annexTitlePending = true;
        expectedParagraph = 1;
        unnumbered = 0;
        preambular = 0;
        heading = Heading.NONE;
        parent = null;
        letterSub = null;
        inPreamble = false;
        resolution = false;
    }

    private void sectionHeading(Markers.Start start, String rest, int line) {
        String part = dossier.model.Anchors.part(start.number());
        boolean asRoman = start.kind() == Kind.ROMAN
                && (romanValue(part) == romanValue(heading.roman()) + 1 || !isNextLetter(part));
        if (asRoman) {
            heading = new Heading(part, "", "", 1);
            sectionSinceParagraph = true;
            if (restartingParts.contains(annexes)) {
                expectedParagraph = 1;
            }
        } else {
            if (!isNextLetter(part)) {
                oddities.add("line " + line + ": heading " + start.number() + " out of sequence");
            }
            heading = new Heading(heading.roman(), part, "", heading.roman().isEmpty() ? 1 : 2);
        }
        headingNode(start.number(), rest, heading.path(), heading.depth());
    }

    private boolean isNextLetter(String part) {
        if (part.length() != 1) {
            return false;
        }
        char expected = heading.letter().isEmpty() ? 'a' : (char) (heading.letter().charAt(0) + 1);
        return part.charAt(0) == expected || part.charAt(0) == 'a';
    }

    private static int romanValue(String roman) {
        int value = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int digit = switch (roman.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            value += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return value;
    }

    private void headingNode(String number, String text, String path, int depth) {
        Node node = new Node(Type.HEADING, anchors.claim(prefix + SECTION + path), number, text);
        node.level = depth;
        add(node);
        inPreamble = false;
        parent = null;
        letterSub = null;
    }

    private void numbered(int index, Markers.Start start, String rest, int line) {
        int n = Integer.parseInt(start.number().replace(".", ""));
        String restWords = FootnoteMarkers.strip(rest);
        boolean looksLikeHeading = Markers.headingLike(restWords, LineGroups.HEADING_WORDS) && nextIsNumbered(index);
        boolean headingOfSameNumber = looksLikeHeading && nextNumber(index).equals(Optional.of(n));
        if ((n != expectedParagraph && looksLikeHeading) || headingOfSameNumber) {
            int depth = heading.roman().isEmpty() && heading.letter().isEmpty() ? 1
                    : heading.letter().isEmpty() ? 2 : 3;
            heading = new Heading(heading.roman(), heading.letter(), String.valueOf(n), depth);
            headingNode(start.number(), rest, heading.path(), depth);
            return;
        }
        boolean sectioned = restartingParts.contains(annexes) && !heading.roman().isEmpty();
        if (n == 1 && expectedParagraph > 1 && sectionSinceParagraph) {
            restartsSeen.add(annexes);
        } else if (n != expectedParagraph) {
            oddities.add("line " + line + ": paragraph " + n + " where " + expectedParagraph + " was expected");
        }
        if (sectioned && n == 1 && !heading.roman().equals("i")) {
            restarts.add((annexes == 0 ? "" : prefix.replace('-', ' ').strip() + ", ") + heading.roman().toUpperCase(java.util.Locale.ROOT));
        }
        expectedParagraph = n + 1;
        sectionSinceParagraph = false;
        inPreamble = false;
        String section = sectioned ? SECTION + heading.roman() + "-" : "";
        Node node = new Node(resolution ? Type.OPERATIVE : Type.PARAGRAPH, anchors.claim(prefix + section + PARAGRAPH + n),
                start.number(), rest);
        add(node);
        parent = node;
        letterSub = null;
    }

    private void subparagraph(Markers.Start start, String rest, int line) {
        String label = dossier.model.Anchors.part(start.number());
        boolean roman = label.matches("[ivxl]+") && !(letterSub != null && isLetterAfter(letterSub, label));
        Node owner = roman && letterSub != null ? letterSub : parent;
        if (owner == null) {
            oddities.add("line " + line + ": sub-paragraph " + start.number() + " with no paragraph before it");
            unnumberedParagraph(start.number() + " " + rest);
            return;
        }
        Node node = new Node(Type.SUBPARAGRAPH, anchors.claim(owner.anchor + "-" + label), start.number(), rest);
        owner.children.add(node);
        if (!roman) {
            letterSub = node;
        }
    }

    private static boolean isLetterAfter(Node previous, String label) {
        String before = dossier.model.Anchors.part(previous.number);
        return label.length() == 1 && before.length() == 1 && label.charAt(0) == before.charAt(0) + 1;
    }

    private void unnumbered(int index, String text, String words, boolean annexTitle) {
        if (Markers.DATE_ALONE.matcher(words).matches()
                && (adoption || nextKind(index).equals(Optional.of(Kind.ADOPTED)))) {
            adoption = true;
            add(new Node(Type.ADOPTION, "", "", text));
        } else if ((annexTitle || beforeTitle()) && Markers.headingLike(words, LineGroups.TITLE_WORDS)
                && (annexTitle || Markers.KIND_TITLE.matcher(words).matches())) {
            add(new Node(Type.TITLE, "", "", text));
        } else if (Markers.headingLike(words, Markers.PART.matcher(groups.get(index).first().words()).matches()
                ? LineGroups.NUMBERED_HEADING_WORDS : LineGroups.HEADING_WORDS) && nextIsNumbered(index) && !Markers.clause(words)) {
            headingNode("", text, Anchors.slug(words), heading.depth() + 1);
        } else if (inPreamble) {
            preambular++;
            Node node = new Node(Type.PREAMBULAR, anchors.claim(prefix + PREAMBULAR + preambular), "", text);
            add(node);
            parent = node;
            letterSub = null;
        } else {
            if (expectedParagraph > 1) {
                oddities.add("line " + groups.get(index).first().number()
                        + ": unnumbered paragraph among numbered ones: " + abbreviate(words));
            }
            unnumberedParagraph(text);
        }
    }

    /** No title yet and nothing numbered: a cover note may stand before the title ("Attached is an advance copy …"). */
    private boolean beforeTitle() {
        return annexes == 0 && expectedParagraph == 1 && heading == Heading.NONE
                && top.stream().noneMatch(node -> node.type == Type.TITLE);
    }

    private void unnumberedParagraph(String text) {
        unnumbered++;
        Node node = new Node(Type.PARAGRAPH, anchors.claim(prefix + UNNUMBERED + unnumbered), "", text);
        add(node);
        parent = node;
        letterSub = null;
    }

    private void footnotes(List<PageFurniture.Footnote> footnotes) {
        List<String> printed = new ArrayList<>();
        for (PageFurniture.Footnote footnote : footnotes) {
            Node node = new Node(Type.FOOTNOTE, anchors.claim(FOOTNOTE + footnote.marker()), footnote.marker(),
                    join(footnote.lines()));
            top.add(node);
            printed.add(footnote.marker());
        }
        for (Node node : top) {
            node.markers().stream().filter(m -> !printed.contains(m)).forEach(m ->
                    oddities.add("marker of footnote " + m + " left unlinked: the source does not print footnote " + m));
        }
    }

    private Optional<Kind> nextKind(int index) {
        return index + 1 < groups.size() ? Optional.of(groups.get(index + 1).start().kind()) : Optional.empty();
    }

    private boolean nextIsNumbered(int index) {
        return nextKind(index).map(Kind::numbered).orElse(false);
    }

    private Optional<Integer> nextNumber(int index) {
        if (index + 1 >= groups.size()) {
            return Optional.empty();
        }
        Markers.Start next = groups.get(index + 1).start();
        return next.kind() == Kind.NUMBER ? Optional.of(Integer.parseInt(next.number().replace(".", ""))) : Optional.empty();
    }

    /** The group's lines as one text: wrapped lines joined with a space, words split at a line end or by kerning rejoined. */
    private String join(List<SourceLine> lines) {
        String text = closed(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            String next = closed(lines.get(i).text());
            Hyphenation.Joined joined = Hyphenation.join(text, next, vocabulary);
            rejoined += joined.text().length() < text.length() + next.length() ? 1 : 0;
            int line = lines.get(i - 1).number();
            joined.undecided().ifPresent(word ->
                    oddities.add("line " + line + ": no evidence for '" + word + "' split at the line end; hyphen kept"));
            text = joined.text();
        }
        return Whitespace.single(text).strip();
    }

    /**
     * A line's text, or a table's cell, with the spaces kerning put inside its words closed (within the line: a line's
     * end is no kerning).
     */
    private String closed(String line) {
        int[] closed = new int[1];
        String text = Kerning.split(Kerning.close(line, vocabulary, closed), vocabulary, closed);
        rejoined += closed[0];
        return text;
    }

    private static String abbreviate(String words) {
        return words.length() <= 60 ? "“" + words + "”" : "“" + words.substring(0, 57) + "…”";
    }

    /** A block while it is being read: sub-paragraphs still arrive after it. */
    private static final class Node {
        final Type type;
        final String anchor;
        final String number;
        final String text;
        final List<Node> children = new ArrayList<>();
        int level;

        Node(Type type, String anchor, String number, String text) {
            this.type = type;
            this.anchor = anchor;
            this.number = number;
            this.text = text;
        }

        List<String> markers() {
            List<String> out = new ArrayList<>(FootnoteMarkers.markers(text));
            children.forEach(child -> out.addAll(child.markers()));
            return out;
        }

        Block toBlock() {
            return new Block(type, anchor, number, spans(), level, children.stream().map(Node::toBlock).toList());
        }

        private List<Span> spans() {
            List<Span> spans = openingAndText();
            boolean paragraph = type == Type.PARAGRAPH || type == Type.OPERATIVE || type == Type.SUBPARAGRAPH
                    || type == Type.PREAMBULAR;
            return paragraph && !anchor.isEmpty() && children.isEmpty() ? InlineItems.mark(spans) : spans;
        }

        private List<Span> openingAndText() {
            if (type != Type.PREAMBULAR && type != Type.OPERATIVE) {
                return FootnoteMarkers.spans(text);
            }
            int opening = Openings.length(text);
            if (opening == 0 || !FootnoteMarkers.strip(text.substring(0, opening)).equals(text.substring(0, opening))) {
                return FootnoteMarkers.spans(text);
            }
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(Span.Kind.OPENING, text.substring(0, opening)));
            spans.addAll(FootnoteMarkers.spans(text.substring(opening)));
            return spans;
        }
    }
}
