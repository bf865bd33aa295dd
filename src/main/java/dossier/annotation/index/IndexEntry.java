package dossier.annotation.index;

import java.util.List;

/**
 * One entry of the index, from the editor's registry or from an organization in the glossary.
 *
 * @param id          its permanent anchor on the index page ("entry-sanogo-amadou-haya")
 * @param heading     what it is filed under
 * @param qualifier   what tells it from a homograph; may be empty
 * @param category    what it is about
 * @param variants    every form matched in the documents, as the editor or glossary writes it
 * @param when        context words for homographs (see {@link VariantMatcher})
 * @param seeAlso     ids of related entries
 * @param parentId    id of the entry it is a sub-entry of; empty for a main entry
 * @param description one line on what it is; may be empty
 * @param source      where that line comes from
 * @param coordinates latitude and longitude of a place, or empty
 * @param origin      where the entry is written, for messages ("content/index.yml:12", "glossary ECOWAS")
 */
public record IndexEntry(String id, String heading, String qualifier, Category category, List<String> variants,
                         List<String> when, List<String> seeAlso, String parentId, String description, String source,
                         List<Double> coordinates, String origin) {

    public IndexEntry {
        variants = List.copyOf(variants);
        when = List.copyOf(when);
        seeAlso = List.copyOf(seeAlso);
        coordinates = List.copyOf(coordinates);
    }

    /** "Niger (river)", or the heading alone. */
    public String label() {
        return qualifier.isEmpty() ? heading : heading + " (" + qualifier + ")";
    }
}
