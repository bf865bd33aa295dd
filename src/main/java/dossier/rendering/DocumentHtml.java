package dossier.rendering;

import dossier.annotation.Mark;
import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.annotation.notes.Note;
import dossier.annotation.references.Target;
import dossier.model.AnchorLabels;
import dossier.model.Anchors;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.model.PageAddress;
import dossier.model.Passage;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Renders a document's text and its marks as semantic HTML, in one pass: the element with id
 * "document-text", in source order. The source's words, printed numbers included, are text; a reference
 * is a link, a glossary use a link to its entry showing its expansion, an editor's note an aside after
 * the place it annotates. What the build adds — the link to copy for each anchored block, the way back
 * from a footnote to its marker, a hint that a link leaves the site — carries {@code data-added}. The
 * source's title is the page's h1. A footnote marker links to its footnote ({@code #fn-1}) and carries the
 * anchor the footnote links back to ({@code fnref-1}); labels come from {@link AnchorLabels}.
 */
public final class DocumentHtml {

    /** The id of the h1 that prints the source's own title. */
    public static final String TITLE_ID = "document-title";
    /** What a permalink's accessible name says before the place's label: "Link to para. 4". */
    static final String PERMALINK_NAME = "Link to ";
    /** The class of a glossary use, which dossier.js and dossier.css know it by. */
    private static final String ACRONYM_CLASS = "acronym";

    private final Document document;
    /** Each block's passage, by the block itself (two blocks may be equal). */
    private final Map<Block, Passage> passages = new IdentityHashMap<>();
    /** The marks printed on each passage, by its index: references and glossary uses, in text order. */
    private final Map<Integer, List<Mark>> printed;
    /** Markers the text carries: only their footnotes link back. */
    private final Set<String> marked = new HashSet<>();
    /** Marker anchors handed out: a footnote marked twice links back to the first. */
    private final Set<String> markerIds = new HashSet<>();

    private DocumentHtml(DocumentText text, List<Mark> marks) {
        this.document = text.document();
        for (Passage passage : text.passages()) {
            passages.put(passage.block(), passage);
        }
        this.printed = new HashMap<>();
        for (Mark mark : marks) {
            if (mark.kind() == Mark.Kind.REFERENCE || mark.kind() == Mark.Kind.ACRONYM) {
                printed.computeIfAbsent(mark.passage(), p -> new ArrayList<>()).add(mark);
            }
        }
        document.blocks().forEach(this::collectMarkers);
    }

    /** The document's text alone, as read: no annotation. */
    public static Element render(Document document) {
        return render(DocumentText.of(document), List.of());
    }

    /** The document's text with its marks ({@link dossier.annotation.Marking#annotate}, in text order). */
    public static Element render(DocumentText text, List<Mark> marks) {
        Element root = new DocumentHtml(text, marks).renderBlocks();
        for (Mark mark : marks) {
            if (mark.payload() instanceof Note note) {
                place(note, root);
            }
        }
        return root;
    }

    private void collectMarkers(Block block) {
        block.spans().stream().filter(s -> s.kind() == Span.Kind.NOTE_REF).forEach(s -> marked.add(s.text()));
        block.children().forEach(this::collectMarkers);
    }

    private Element renderBlocks() {
        Element root = new Element("div").id(PageContract.TEXT_ID);
        for (Block block : document.blocks()) {
            if (passages.containsKey(block) && passages.get(block).title()) {
                content(root.appendElement("h1").id(TITLE_ID).addClass("document-title"), block);
            } else {
                append(root, block, 1);
            }
        }
        footnoteSection(root);
        return root;
    }

    /** Whether the text prints its own title; the page template adds one only when it does not. */
    public static boolean printsTitle(Document document) {
        return document.blocks().stream().anyMatch(b -> b.type() == Block.Type.TITLE);
    }

    private void append(Element parent, Block block, int annexDepth) {
        switch (block.type()) {
            case COVER -> {
                Element cover = parent.appendElement("div").addClass("cover");
                for (Block line : block.children()) {
                    content(cover.appendElement("p").addClass("cover-line"), line);
                }
            }
            case TITLE -> content(parent.appendElement("h" + Math.min(6, annexDepth + 1)).addClass("annex-title"), block);
            case HEADING -> {
                Element heading = parent.appendElement("h" + Math.min(6, block.level() + annexDepth)).id(block.anchor());
                permalink(heading, block);
                content(heading, block);
            }
            case ANNEX -> {
                Element section = parent.appendElement("section").addClass("annex").id(block.anchor());
                Element heading = section.appendElement("h2").addClass("annex-heading");
                permalink(heading, block);
                content(heading, block);
                for (Block child : block.children()) {
                    append(section, child, 2);
                }
            }
            case PREAMBLE_OPENING -> content(parent.appendElement("p").addClass("preamble-opening"), block);
            case NOTE -> content(parent.appendElement("p").addClass("note"), block);
            case SIGNATURE -> content(parent.appendElement("p").addClass("signature"), block);
            case ADOPTION -> content(parent.appendElement("p").addClass("adoption"), block);
            case FOOTNOTE -> footnote(parent, block);
            case TABLE -> table(parent, block);
            case FIGURE -> content(parent.appendElement("figure").addClass("source-figure").appendElement("p"), block);
            default -> paragraph(parent, block);
        }
    }

    /**
     * A table as printed: its header row's cells as column heads, then its rows; a row of fewer cells than the
     * table's columns (a header not cut into columns) lets its last cell run across the rest.
     */
    private void table(Element parent, Block block) {
        Element table = parent.appendElement("table").addClass("source-table");
        int columns = block.children().stream().mapToInt(row -> row.children().size()).max().orElse(0);
        Element head = null;
        Element body = null;
        for (Block row : block.children()) {
            boolean header = row.type() == Block.Type.TABLE_HEADER;
            if (header && head == null) {
                head = table.appendElement("thead");
            }
            if (!header && body == null) {
                body = table.appendElement("tbody");
            }
            Element tr = (header ? head : body).appendElement("tr");
            for (int c = 0; c < row.children().size(); c++) {
                Element cell = tr.appendElement(header ? "th" : "td");
                if (header) {
                    cell.attr("scope", "col");
                }
                if (c == row.children().size() - 1 && c + 1 < columns) {
                    cell.attr("colspan", String.valueOf(columns - c));
                }
                content(cell, row.children().get(c));
            }
        }
    }

    /** A paragraph: a {@code <p>}, or a {@code <div>} holding its own {@code <p>} and its sub-paragraphs. */
    private void paragraph(Element parent, Block block) {
        String kind = switch (block.type()) {
            case PREAMBULAR -> "preambular";
            case OPERATIVE -> "operative";
            case SUBPARAGRAPH -> "subparagraph";
            default -> "paragraph";
        };
        Element text;
        if (block.children().isEmpty()) {
            text = parent.appendElement("p").addClass(kind);
            if (!block.anchor().isEmpty()) {
                text.id(block.anchor());
            }
        } else {
            Element holder = parent.appendElement("div").addClass(kind);
            if (!block.anchor().isEmpty()) {
                holder.id(block.anchor());
            }
            text = holder.appendElement("p");
        }
        permalink(text, block);
        content(text, block);
        if (!block.children().isEmpty()) {
            Element list = text.parent();
            for (Block child : block.children()) {
                paragraph(list, child);
            }
        }
    }

    /**
     * A passage's words: the printed number, then the spans (opening words emphasised, footnote markers as
     * references, items linkable), with its references as links, which may hold whole spans, and its
     * glossary uses.
     */
    private void content(Element element, Block block) {
        Passage passage = passages.get(block);
        new Inline(passage, printed.getOrDefault(passage.index(), List.of())).into(element);
    }

    /** One passage's words and marks, printed into an element. */
    private final class Inline {
        private final Passage passage;
        private final List<Mark> references;
        private final List<Mark> uses;
        /** Where the passage's own words go: its element, or a reference that runs on over the next pieces. */
        private Element container;
        private Mark open;

        Inline(Passage passage, List<Mark> marks) {
            this.passage = passage;
            this.references = marks.stream().filter(m -> m.kind() == Mark.Kind.REFERENCE).toList();
            this.uses = marks.stream().filter(m -> m.kind() == Mark.Kind.ACRONYM).toList();
        }

        void into(Element element) {
            container = element;
            for (Passage.Piece piece : passage.pieces()) {
                if (piece.plain()) {
                    plain(element, piece);
                } else {
                    words(host(piece), piece.start(), piece.end(), open != null || piece.linked());
                }
            }
        }

        /** The passage's own words: a reference may start here and run on over later pieces, or end here. */
        private void plain(Element element, Passage.Piece piece) {
            int at = piece.start();
            if (open != null) {
                int to = Math.min(open.end(), piece.end());
                uses(container, at, to, true);
                at = to;
                if (at < open.end()) {
                    return;
                }
                close(open, container);
                container = element;
                open = null;
            }
            Mark runsOn = null;
            for (Mark reference : references) {
                if (reference.start() >= at && reference.start() < piece.end() && reference.end() > piece.end()) {
                    runsOn = reference;
                }
            }
            words(container, at, runsOn == null ? piece.end() : runsOn.start(), false);
            if (runsOn != null) {
                Element link = link(container, runsOn);
                uses(link, runsOn.start(), piece.end(), true);
                open = runsOn;
                container = link;
            }
        }

        /** The element a piece printed apart stands in: the number, the opening words, an item, a marker. */
        private Element host(Passage.Piece piece) {
            return switch (piece.kind()) {
                case NUMBER -> container.appendElement("span").addClass("number");
                case OPENING -> container.appendElement("em").addClass("opening");
                case ITEM -> {
                    String anchor = Anchors.item(passage.block().anchor(), piece.span());
                    Element item = container.appendElement("span").addClass("item").id(anchor);
                    permalink(item, anchor);
                    yield item;
                }
                case NOTE_REF -> {
                    String marker = piece.span().text();
                    Element sup = container.appendElement("sup").addClass("footnote-ref");
                    if (!piece.linked()) {
                        yield sup;
                    }
                    if (markerIds.add(marker)) {
                        sup.id(Anchors.footnoteMarker(marker));
                    }
                    String footnote = Anchors.footnote(marker);
                    yield sup.appendElement("a").attr("href", "#" + footnote).attr("aria-label", AnchorLabels.label(footnote));
                }
                case SPACE, TEXT -> throw new IllegalArgumentException("printed in the passage's own line: " + piece);
            };
        }

        /** The words from {@code from} to {@code to}, with the references that lie within them as links. */
        private void words(Element host, int from, int to, boolean inLink) {
            int at = from;
            if (!inLink) {
                for (Mark reference : references) {
                    if (reference.start() >= from && reference.end() <= to) {
                        uses(host, at, reference.start(), false);
                        Element link = link(host, reference);
                        uses(link, reference.start(), reference.end(), true);
                        close(reference, link);
                        at = reference.end();
                    }
                }
            }
            uses(host, at, to, inLink);
        }

        /** The words from {@code from} to {@code to}, with the glossary uses within them. */
        private void uses(Element host, int from, int to, boolean inLink) {
            int at = from;
            for (Mark use : uses) {
                if (use.start() >= from && use.end() <= to) {
                    if (use.start() > at) {
                        host.appendText(passage.text().substring(at, use.start()));
                    }
                    host.appendChild(acronym(passage.text().substring(use.start(), use.end()), (AcronymAnnotator.Use) use.payload(), inLink));
                    at = use.end();
                }
            }
            if (at < to) {
                host.appendText(passage.text().substring(at, to));
            }
        }
    }

    /** A reference's link: to a paragraph of this page, to a dossier page, or leaving the site. */
    private Element link(Element parent, Mark reference) {
        Target target = (Target) reference.payload();
        Element a = parent.appendElement("a");
        if (target.slug().equals(document.slug())) {
            return a.attr("href", "#" + target.anchor()).addClass("ref").addClass("ref-paragraph");
        }
        if (target.inDossier()) {
            return a.attr("href", target.href("")).addClass("ref").addClass("ref-dossier");
        }
        return a.attr("href", target.href("")).attr("rel", "external").addClass("ref").addClass("ref-external");
    }

    /** What a link that leaves the site tells a reader who cannot see its look. */
    private static void close(Mark reference, Element link) {
        if (!((Target) reference.payload()).inDossier()) {
            link.appendElement("span").addClass("ref-external-hint").addClass("visually-hidden")
                    .attr(PageContract.ADDED_ATTRIBUTE, "").text(" (external link)");
        }
    }

    /**
     * A glossary use: {@code <a class="acronym" href="../glossary.html#id" data-expansion="…"><abbr title="…">ECOWAS</abbr></a>}.
     * The link leads to the glossary entry, and the expansion shows on hover, on keyboard focus and on tap
     * (dossier.css and dossier.js), not only in the title a mouse reveals. A long form written out shows its
     * acronym. Inside a link the text already has, that link takes the focus: nothing focusable may nest in
     * it, so the use is marked without a link of its own.
     */
    private static Element acronym(String written, AcronymAnnotator.Use use, boolean inLink) {
        Element mark = inLink ? new Element(use.acronym() ? "abbr" : "span")
                : new Element("a").attr("href", PageAddress.at(PageAddress.fromDocument(PageAddress.GLOSSARY), use.entryId()));
        mark.addClass(ACRONYM_CLASS).attr("data-entry", use.entryId()).attr("data-expansion", use.shown());
        if (!use.acronym()) {
            mark.addClass("acronym-long").appendText(written);
        } else if (mark.normalName().equals("abbr")) {
            mark.attr("title", use.shown()).appendText(written);
        } else {
            mark.appendElement("abbr").attr("title", use.shown()).appendText(written);
        }
        return mark;
    }

    /** The link a reader copies to cite this block, if it has an anchor. */
    private static void permalink(Element element, Block block) {
        if (!block.anchor().isEmpty()) {
            permalink(element, block.anchor());
        }
    }

    /**
     * The link a reader copies to cite a place: a plain fragment link, enhanced by dossier.js, named {@link
     * #PERMALINK_NAME} and the place's label (dossier.js reads the label back from that name).
     */
    private static void permalink(Element element, String anchor) {
        element.appendElement("a").addClass("permalink").attr("href", "#" + anchor)
                .attr("aria-label", PERMALINK_NAME + AnchorLabels.label(anchor)).attr(PageContract.ADDED_ATTRIBUTE, "").text("¶");
    }

    /** A footnote, and the way back to where the text marks it. */
    private void footnote(Element parent, Block block) {
        Element note = parent.appendElement("p").addClass("footnote").id(block.anchor());
        content(note, block);
        if (marked.contains(block.number())) {
            note.appendText(" ");
            note.appendElement("a").addClass("footnote-back").attr("href", "#" + Anchors.footnoteMarker(block.number()))
                    .attr("aria-label", "Back to the text at " + AnchorLabels.label(block.anchor()))
                    .attr(PageContract.ADDED_ATTRIBUTE, "").text("↩");
        }
    }

    /** Footnotes are printed at the foot of their page; on the web page they close the text. */
    private static void footnoteSection(Element root) {
        List<Element> notes = root.children().stream().filter(e -> e.hasClass("footnote")).toList();
        if (notes.isEmpty()) {
            return;
        }
        Element section = root.appendElement("section").addClass("footnotes");
        section.appendElement("h2").attr(PageContract.ADDED_ATTRIBUTE, "").text("Notes");
        notes.forEach(section::appendChild);
    }

    /**
     * An editor's note, as an aside right after the block it annotates, the outermost in its section (a
     * note never lands inside a list or a line); a note on the whole document stands under its title (or
     * first, where none is printed).
     */
    private static void place(Note note, Element text) {
        Element aside = new Element("aside").addClass("editor-note").id(note.id())
                .attr("aria-labelledby", note.id() + "-heading");
        aside.appendElement("p").addClass("note-label").id(note.id() + "-heading")
                .appendText(note.title().isEmpty() ? "Editor's note" : "Editor's note: " + note.title());
        aside.append(NoteHtml.of(note));
        Element target = note.anchor().isEmpty() ? text.selectFirst("h1") : text.getElementById(note.anchor());
        if (target == null) {
            text.prependChild(aside);
            return;
        }
        Element block = target;
        while (block.parent() != null && block.parent() != text && !block.parent().tagName().equals("section")) {
            block = block.parent();
        }
        block.after(aside);
    }
}
