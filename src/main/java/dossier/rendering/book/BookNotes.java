package dossier.rendering.book;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The site's annotations as EPUB notes, which readers without scripts show as pop-ups: footnote markers and
 * an acronym's first use in a chapter become note references, the footnotes and a note per acronym (its
 * expansion and a link to its glossary entry) become footnotes; later uses link to the entry, as on the site.
 */
final class BookNotes {

    static final String EPUB_TYPE = "epub:type";
    /** Before an acronym's glossary id in the chapter's own note on it; no anchor of a document starts so. */
    private static final String ACRONYM_NOTE = "acronym-";

    private BookNotes() {
    }

    static void mark(Element content) {
        footnotes(content);
        acronyms(content);
        // Editors' notes stand beside their paragraph and are read there: notes, but not pop-ups.
        content.select("aside.editor-note").attr(EPUB_TYPE, "note");
    }

    private static void footnotes(Element content) {
        content.select("sup.footnote-ref > a[href^=#]").attr(EPUB_TYPE, "noteref");
        for (Element footnote : content.select("p.footnote[id]")) {
            Element aside = new Element("aside").attr(EPUB_TYPE, "footnote").id(footnote.id());
            footnote.removeAttr("id");
            footnote.replaceWith(aside);
            aside.appendChild(footnote);
        }
    }

    private static void acronyms(Element content) {
        Map<String, Element> notes = new LinkedHashMap<>();
        for (Element use : content.select("a.acronym[data-entry]")) {
            String entry = use.attr("data-entry");
            if (notes.containsKey(entry)) {
                continue;
            }
            String id = ACRONYM_NOTE + entry;
            Element note = new Element("aside").attr(EPUB_TYPE, "footnote").id(id).addClass("acronym-note");
            // data-expansion holds the other form: the expansion of an acronym, the acronym of a long form.
            boolean longForm = use.hasClass("acronym-long");
            String acronym = longForm ? use.attr("data-expansion") : use.text();
            String expansion = longForm ? use.text() : use.attr("data-expansion");
            Element text = note.appendElement("p");
            text.appendElement("abbr").text(acronym);
            if (!expansion.isBlank()) {
                text.appendText(": " + expansion + ".");
            }
            text.appendText(" ");
            text.appendElement("a").attr("href", use.attr("href")).text("Glossary entry");
            notes.put(entry, note);
            use.attr("href", "#" + id).attr(EPUB_TYPE, "noteref");
        }
        if (!notes.isEmpty()) {
            Element section = content.appendElement("section").addClass("acronym-notes");
            section.appendElement("h2").text("Acronyms in this document");
            notes.values().forEach(section::appendChild);
        }
    }
}
