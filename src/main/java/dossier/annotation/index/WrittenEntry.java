package dossier.annotation.index;

import java.util.List;

/**
 * One entry of content/index.yml as the editor wrote it.
 *
 * @param heading     what the entry is filed under; a person's inverted ("Sanogo, Amadou Haya")
 * @param category    what it is about; null for a pure cross-reference (one with {@code see})
 * @param qualifier   told apart from a homograph by it ("river"); may be empty
 * @param id          its anchor on the index page, when the editor fixes one; may be empty
 * @param variants    how the documents write it
 * @param when        words one of which must be in a paragraph for a match to count there (homographs)
 * @param see         the entry a pure cross-reference sends the reader to; may be empty
 * @param seeAlso     related entries
 * @param parent      the entry this one is a sub-entry of; may be empty
 * @param description one line on what it is
 * @param source      where that line comes from
 * @param coordinates latitude and longitude of a place, or empty
 * @param line        its line in the file, for messages
 */
record WrittenEntry(String heading, Category category, String qualifier, String id, List<String> variants,
                    List<String> when, String see, List<String> seeAlso, String parent, String description,
                    String source, List<Double> coordinates, int line) {
}
