package dossier.annotation.notes;

import java.nio.file.Path;

/**
 * An editor's note on a document, or on one of its paragraphs.
 *
 * @param file     the note's source file, for messages
 * @param id       the note's anchor on the page ("note-" and the file's name)
 * @param slug     the document it annotates
 * @param anchor   the paragraph it annotates, or empty for the whole document
 * @param title    a short heading
 * @param markdown the note's text, in Markdown (the page renders it: rendering/NoteHtml)
 */
public record Note(Path file, String id, String slug, String anchor, String title, String markdown) {
}
