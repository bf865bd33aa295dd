package dossier.publishing.search;

import dossier.annotation.Mark;
import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.model.AnchorLabels;
import dossier.model.Anchors;
import dossier.model.DocumentText;
import dossier.model.Passage;
import dossier.rendering.DocumentHtml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchored paragraphs of a document page, read from the document's text and its marks as the page prints
 * them (DocumentHtml): one per anchor that the page gives a block (paragraphs, sub-paragraphs, headings,
 * annexes, footnotes, the title), with the words the source says and none of what the build adds. The words
 * of unanchored blocks count in the closest anchored block around them. An item "(ii)" printed within its
 * paragraph, or a footnote marker, is no entry of its own: it is a place in its paragraph's text, so that a
 * result can land on it and no word is indexed twice.
 */
final class PageParagraphs {

    /**
     * One anchored block of a page.
     *
     * @param anchor   its id, the fragment a link lands on
     * @param text     its words, whitespace collapsed, one space between blocks; nested anchored blocks are entries of their own
     * @param acronyms the acronyms marked in it with their expansions
     * @param places   the anchored elements inside its running text, in order
     */
    record Paragraph(String anchor, String text, List<Acronym> acronyms, List<InnerAnchor> places) {
    }

    /**
     * An anchored element inside a paragraph's running text: the item "(ii)" (para-10-ii), a footnote marker (fnref-1).
     *
     * @param anchor its id
     * @param label  how results name it ("para. 10 (ii)"); one string per label, as labels recur in every document
     * @param offset where its text starts in its paragraph's text
     */
    record InnerAnchor(String anchor, String label, int offset) {
    }

    /**
     * An acronym as the page marks it, with what it stands for.
     *
     * @param acronym   the abbreviation as printed
     * @param expansion what it stands for
     * @param offset    where it stands in its paragraph's text
     */
    record Acronym(String acronym, String expansion, int offset) {
    }

    /** A paragraph while its passages are read. */
    private static final class Words {
        private final StringBuilder text = new StringBuilder();
        private final List<Acronym> acronyms = new ArrayList<>();
        private final List<InnerAnchor> places = new ArrayList<>();

        /** Appends a character, every run of whitespace as one space, never at the start. */
        void append(char c) {
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space();
            } else {
                text.append(c);
            }
        }

        void space() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        Paragraph paragraph(String anchor) {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            String words = text.substring(0, end);
            return new Paragraph(anchor, words, List.copyOf(acronyms),
                    places.stream().map(place -> new InnerAnchor(place.anchor(), place.label(), wordStart(words, place.offset()))).toList());
        }
    }

    private PageParagraphs() {
    }

    /** The anchored paragraphs of a document's text with its marks, in page order; those without words are left out. */
    static List<Paragraph> of(DocumentText text, List<Mark> marks) {
        Map<Integer, List<Mark>> acronyms = new HashMap<>();
        for (Mark mark : marks) {
            if (mark.kind() == Mark.Kind.ACRONYM && mark.payload() instanceof AcronymAnnotator.Use use && use.acronym()
                    && !use.shown().isBlank()) {
                acronyms.computeIfAbsent(mark.passage(), p -> new ArrayList<>()).add(mark);
            }
        }
        Map<String, Words> paragraphs = new LinkedHashMap<>();
        Set<String> markers = new HashSet<>();
        for (Passage passage : text.passages()) {
            String anchor = passage.title() ? DocumentHtml.TITLE_ID : passage.anchor();
            Words words = anchor.isEmpty() ? new Words() : paragraphs.computeIfAbsent(anchor, a -> new Words());
            words.space();
            read(passage, acronyms.getOrDefault(passage.index(), List.of()), markers, words);
            words.space();
        }
        List<Paragraph> out = new ArrayList<>();
        paragraphs.forEach((anchor, words) -> {
            Paragraph paragraph = words.paragraph(anchor);
            if (!paragraph.text().isEmpty()) {
                out.add(paragraph);
            }
        });
        return out;
    }

    /**
     * One passage's words, with the places and acronyms the page marks in them. A footnote marker is a place
     * where the page gives it an id: the first time a marker links to its footnote ({@code markers} holds those given).
     */
    private static void read(Passage passage, List<Mark> acronyms, Set<String> markers, Words words) {
        int next = 0;
        for (Passage.Piece piece : passage.pieces()) {
            String place = switch (piece.kind()) {
                case ITEM -> Anchors.item(passage.block().anchor(), piece.span());
                case NOTE_REF -> piece.linked() && markers.add(piece.span().text()) ? Anchors.footnoteMarker(piece.span().text()) : null;
                default -> null;
            };
            if (place != null) {
                words.places.add(new InnerAnchor(place, AnchorLabels.label(place).intern(), words.text.length()));
            }
            for (int i = piece.start(); i < piece.end(); i++) {
                while (next < acronyms.size() && acronyms.get(next).start() == i) {
                    Mark mark = acronyms.get(next++);
                    AcronymAnnotator.Use use = (AcronymAnnotator.Use) mark.payload();
                    words.acronyms.add(new Acronym(passage.text().substring(mark.start(), mark.end()).strip(), use.shown().strip(),
                            words.text.length()));
                }
                words.append(passage.text().charAt(i));
            }
        }
    }

    /** The offset itself, or the one after it when it falls on the space before a word. */
    private static int wordStart(String text, int offset) {
        return offset < text.length() && text.charAt(offset) == ' ' ? offset + 1 : Math.min(offset, text.length());
    }
}
