package dossier.annotation.acronyms;

import dossier.model.Folding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of the glossary: what the editor's file says of an acronym and what the documents show.
 *
 * @param id           fragment id on the glossary page ("mujao")
 * @param acronym      the acronym it is filed under
 * @param aliases      other acronyms of the same thing
 * @param expansions   what it stands for, from the editor's file
 * @param writtenForms long forms the documents write that the editor's file does not give
 * @param description  one line on what it is, from the editor's file; may be empty
 * @param source       where that line comes from; may be empty
 * @param seeAlso      related entries
 * @param definitions  where documents spell it out, in document date order: the first is where it is first defined
 * @param uses         the documents that use it, in date order
 * @param writtenIn    the acronyms each document writes for it, by document slug ("MUJWA" where a
 *                     document calls MUJAO so); documents that only write its long form are not in it
 * @param inEditorFile whether the editor's file has it, or only the documents
 */
public record GlossaryEntry(String id, String acronym, List<String> aliases, List<Expansion> expansions,
                    List<String> writtenForms, String description, String source, List<Related> seeAlso,
                    List<DocumentParagraph> definitions, List<DocumentUses> uses, Map<String, List<String>> writtenIn,
                    boolean inEditorFile) {

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        expansions = List.copyOf(expansions);
        writtenForms = List.copyOf(writtenForms);
        seeAlso = List.copyOf(seeAlso);
        definitions = List.copyOf(definitions);
        uses = List.copyOf(uses);
        writtenIn = Map.copyOf(writtenIn);
    }

    /** Another entry, as a link. */
    public record Related(String id, String acronym) {
    }

    /** The long form shown where the acronym stands: the editor's first, else the documents'. */
    public String expansion() {
        return expansions.isEmpty() ? writtenForms.get(0) : expansions.get(0).text();
    }

    public int useCount() {
        return uses.stream().mapToInt(DocumentUses::count).sum();
    }

    /** The letter it is filed under, its accent dropped ("ÉCO" under E); "#" for a digit or another script ("3G", "ΑΒΓ"). */
    public String letter() {
        String first = Folding.fold(acronym.substring(0, acronym.offsetByCodePoints(0, 1))).toUpperCase(Locale.ROOT);
        return first.length() == 1 && first.charAt(0) >= 'A' && first.charAt(0) <= 'Z' ? first : "#";
    }

    String sortKey() {
        return acronym.toUpperCase(Locale.ROOT);
    }
}
