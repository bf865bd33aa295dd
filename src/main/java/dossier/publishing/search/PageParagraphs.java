package dossier.publishing.search;

import dossier.rendering.PageContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The anchored paragraphs of a baked document page, as a reader sees them: every block element with an
 * id inside #document-text (paragraphs, sub-paragraphs, headings, annexes), with the words the source
 * says and without what the build added (asides, notes, buttons …). Reading the baked page rather than
 * the model means the index holds exactly what the page shows, annotations included. An anchored element
 * inside the running text (an item "(ii)" printed within its paragraph) is no entry of its own: it is a
 * place in its paragraph's text, so that a result can land on it and no word is indexed twice.
 */
final class PageParagraphs {

    /** Elements whose content the build added, by the page contract. */

    /**
     * One anchored block of a page.
     *
     * @param anchor   its id, the fragment a link lands on
     * @param text     its words, whitespace collapsed; nested anchored blocks are entries of their own
     * @param acronyms the acronyms marked up in it with their expansions (from &lt;abbr title&gt;)
     * @param places   the anchored elements inside its running text, in order
     */
    record Paragraph(String anchor, String text, List<Acronym> acronyms, List<Place> places) {
    }

    /**
     * An anchored element inside a paragraph's running text: &lt;span class="item" id="para-10-ii"&gt;(ii)&lt;/span&gt;.
     *
     * @param anchor its id
     * @param offset where its text starts in its paragraph's text
     */
    record Place(String anchor, int offset) {
    }

    /**
     * An acronym as the page marks it: &lt;abbr title="Economic Community of West African States"&gt;ECOWAS&lt;/abbr&gt;.
     *
     * @param acronym   the abbreviation as printed
     * @param expansion what it stands for
     * @param offset    where it stands in its paragraph's text
     */
    record Acronym(String acronym, String expansion, int offset) {
    }

    private PageParagraphs() {
    }

    static List<Paragraph> read(Path page) {
        try {
            return of(Jsoup.parse(page.toFile(), "UTF-8").getElementById(PageContract.TEXT_ID));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + " for the search index", e);
        }
    }

    /** The anchored blocks under a page's #document-text element (none when there is no such element). */
    static List<Paragraph> of(Element documentText) {
        List<Paragraph> out = new ArrayList<>();
        if (documentText == null) {
            return out;
        }
        for (Element element : documentText.select("[id]")) {
            if (element != documentText && isAnchoredBlock(element) && !insideAdded(element, documentText)) {
                Paragraph paragraph = collect(element);
                if (!paragraph.text().isEmpty()) {
                    out.add(paragraph);
                }
            }
        }
        return out;
    }

    private static boolean isAnchoredBlock(Element element) {
        return !element.id().isEmpty() && element.isBlock() && !PageContract.isAdded(element);
    }

    private static boolean insideAdded(Element element, Element root) {
        for (Element parent = element.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (PageContract.isAdded(parent)) {
                return true;
            }
        }
        return false;
    }

    private static Paragraph collect(Element block) {
        StringBuilder text = new StringBuilder();
        List<Acronym> acronyms = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == block) {
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element element) {
                    if (PageContract.isAdded(element) || isAnchoredBlock(element)) {
                        if (element.isBlock()) {
                            space(text);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.isBlock() || element.normalName().equals("br")) {
                        space(text);
                    }
                    if (!element.id().isEmpty()) {
                        places.add(new Place(element.id(), text.length()));
                    }
                    if (element.normalName().equals("abbr") && !element.attr("title").isBlank()) {
                        acronyms.add(new Acronym(element.text(), element.attr("title").strip(), text.length()));
                    }
                } else if (node instanceof TextNode textNode) {
                    append(text, textNode.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != block && node instanceof Element element && element.isBlock()) {
                    space(text);
                }
                return FilterResult.CONTINUE;
            }
        }, block);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String words = text.substring(0, end);
        return new Paragraph(block.id(), words, List.copyOf(acronyms),
                places.stream().map(place -> new Place(place.anchor(), wordStart(words, place.offset()))).toList());
    }

    /** The offset itself, or the one after it when it falls on the space before a word. */
    private static int wordStart(String text, int offset) {
        return offset < text.length() && text.charAt(offset) == ' ' ? offset + 1 : Math.min(offset, text.length());
    }

    /** Appends text with every run of whitespace as one space, never at the start. */
    private static void append(StringBuilder text, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space(text);
            } else {
                text.append(c);
            }
        }
    }

    private static void space(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }
}
