/** Editors' notes: read from content/notes/*.md, placed beside the paragraphs they annotate. */
package dossier.annotation.notes;
