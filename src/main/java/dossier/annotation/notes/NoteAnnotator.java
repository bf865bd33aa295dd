package dossier.annotation.notes;

import dossier.annotation.Annotator;
import dossier.model.Document;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Places each editor's note right after the paragraph it annotates (or before the text, for a note on
 * the whole document), as an aside, so it never mixes with the document's own words.
 */
public final class NoteAnnotator implements Annotator {

    private final List<Note> notes;

    public NoteAnnotator(List<Note> notes) {
        this.notes = List.copyOf(notes);
    }

    @Override
    public void annotate(Document document, Element text) {
        for (Note note : notesOn(document)) {
            Element aside = new Element("aside").addClass("editor-note").id(note.id())
                    .attr("aria-labelledby", note.id() + "-heading");
            aside.appendElement("p").addClass("note-label").id(note.id() + "-heading")
                    .appendText(note.title().isEmpty() ? "Editor's note" : "Editor's note: " + note.title());
            aside.append(note.html());
            // A note on the whole document stands under its title (or first, where none is printed).
            Element target = note.anchor().isEmpty() ? text.selectFirst("h1") : text.getElementById(note.anchor());
            if (target == null) {
                text.prependChild(aside);
            } else {
                blockHolding(target, text).after(aside);
            }
        }
    }

    /** The outermost block holding {@code target} in its section: a note never lands inside a list or a line. */
    private static Element blockHolding(Element target, Element text) {
        Element block = target;
        while (block.parent() != null && block.parent() != text && !block.parent().tagName().equals("section")) {
            block = block.parent();
        }
        return block;
    }

    private List<Note> notesOn(Document document) {
        return notes.stream().filter(n -> n.slug().equals(document.slug())).toList();
    }
}
