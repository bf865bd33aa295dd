package dossier.annotation.acronyms;

import java.util.List;

/**
 * One entry of the editor's file, content/glossary.yml, as written.
 *
 * @param acronym     the acronym the entry is filed under
 * @param aliases     other acronyms of the same thing ("MUJWA" for "MUJAO")
 * @param expansions  what it stands for, per language, English first where given
 * @param description one line on what it is
 * @param source      where the description comes from
 * @param seeAlso     acronyms of related entries
 * @param line        the entry's line in the file, for messages
 */
record EditorEntry(String acronym, List<String> aliases, List<Expansion> expansions, String description,
                   String source, List<String> seeAlso, int line) {
}
