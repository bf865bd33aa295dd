package dossier.annotation.notes;

import dossier.annotation.Annotator;
import dossier.annotation.Mark;
import dossier.model.DocumentText;
import java.util.List;

/**
 * Marks the place each editor's note annotates (a paragraph, or the whole document): the page prints
 * the note there, as an aside, so it never mixes with the document's own words.
 */
public final class NoteAnnotator implements Annotator {

    private final List<Note> notes;

    public NoteAnnotator(List<Note> notes) {
        this.notes = List.copyOf(notes);
    }

    @Override
    public Mark.Kind kind() {
        return Mark.Kind.NOTE;
    }

    @Override
    public Object learned() {
        return notes;
    }

    /** A mark on no words for each note on the document; its payload is the {@link Note}, which names its place. */
    @Override
    public List<Mark> marks(DocumentText text, List<Mark> earlier) {
        return notes.stream().filter(n -> n.slug().equals(text.document().slug()))
                .map(note -> new Mark(Mark.WHOLE, 0, 0, kind(), note)).toList();
    }
}
