package dossier.annotation.index;

import dossier.annotation.acronyms.GlossaryEntry;
import dossier.annotation.acronyms.Expansion;
import dossier.annotation.acronyms.Glossary;
import dossier.model.Folding;
import dossier.reading.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the editor's registry and the glossary's organizations into index entries, and checks every
 * cross-reference: a see, see also or parent that names no entry stops the build with its line.
 */
final class RegistryBuilder {

    /**
     * What the registry defines: its entries, its cross-references (variant or see → entries), and the
     * names not to propose for indexing (folded): the editor's not_indexed and the glossary's non-organizations.
     */
    record Registry(List<IndexEntry> entries, Map<String, List<String>> crossReferences, Set<String> notIndexed) {
    }

    private final Path file;
    private final Map<String, WrittenEntry> written = new LinkedHashMap<>();
    private final Map<String, IndexEntry> entries = new LinkedHashMap<>();
    /** Folded heading, "heading (qualifier)" or variant → entry ids, to resolve references. */
    private final Map<String, Set<String>> names = new HashMap<>();

    private RegistryBuilder(Path file) {
        this.file = file;
    }

    static Registry build(IndexFile.Contents contents, Glossary glossary) {
        return new RegistryBuilder(contents.file()).run(contents, glossary);
    }

    private Registry run(IndexFile.Contents contents, Glossary glossary) {
        Map<String, WrittenEntry> byName = new HashMap<>();
        for (WrittenEntry entry : contents.entries()) {
            if (entry.see().isEmpty()) {
                byName.put(Folding.phrase(entry.heading()), entry);
                entry.variants().forEach(v -> byName.putIfAbsent(Folding.phrase(v), entry));
            }
        }
        Set<WrittenEntry> extending = new LinkedHashSet<>();
        for (GlossaryEntry acronym : glossary.entries()) {
            if (contents.notOrganizations().contains(acronym.acronym())) {
                continue;
            }
            // An editor's entry named like the glossary's acronym or long form adds to that organization.
            WrittenEntry editor = byName.get(Folding.phrase(acronym.acronym()));
            if (editor == null) {
                editor = byName.get(Folding.phrase(acronym.expansion()));
            }
            if (editor != null && editor.category() != Category.ORGANIZATION) {
                throw new SourceException(file, editor.line(), "'" + editor.heading() + "' names the glossary's "
                        + acronym.acronym() + ", an organization, but its category is " + editor.category().key());
            }
            if (editor != null) {
                extending.add(editor);
            }
            add(fromGlossary(acronym, editor), editor);
        }
        for (WrittenEntry entry : contents.entries()) {
            if (entry.see().isEmpty() && !extending.contains(entry)) {
                add(new IndexEntry(entry.id().isEmpty() ? Headings.id(entry.heading(), entry.qualifier()) : entry.id(),
                        entry.heading(), entry.qualifier(), entry.category(), matched(entry), entry.when(), List.of(), "",
                        entry.description(), entry.source(), entry.coordinates(), file + ":" + entry.line()), entry);
            }
        }
        List<IndexEntry> resolved = entries.values().stream().map(this::resolve).toList();
        checkParents(resolved);
        checkVariants(resolved);
        Set<String> notIndexed = new HashSet<>();
        contents.notIndexed().forEach(n -> notIndexed.add(Folding.phrase(n)));
        contents.notOrganizations().forEach(n -> notIndexed.add(Folding.phrase(n)));
        return new Registry(resolved, crossReferences(contents, resolved), Set.copyOf(notIndexed));
    }

    /** An organization of the glossary, with what an editor's entry of the same name adds. */
    private IndexEntry fromGlossary(GlossaryEntry acronym, WrittenEntry editor) {
        LinkedHashSet<String> variants = new LinkedHashSet<>();
        variants.add(acronym.acronym());
        variants.addAll(acronym.aliases());
        acronym.expansions().stream().map(Expansion::text).forEach(variants::add);
        variants.addAll(acronym.writtenForms());
        String heading = acronym.expansion();
        String description = acronym.description();
        String source = acronym.source();
        String qualifier = "";
        String id = "";
        List<String> when = List.of();
        String origin = "the glossary's " + acronym.acronym();
        if (editor != null) {
            variants.addAll(matched(editor));
            heading = Folding.phrase(editor.heading()).equals(Folding.phrase(acronym.acronym())) ? heading : editor.heading();
            description = editor.description().isEmpty() ? description : editor.description();
            source = editor.description().isEmpty() ? source : editor.source();
            qualifier = editor.qualifier();
            id = editor.id();
            when = editor.when();
            origin = file + ":" + editor.line();
        }
        return new IndexEntry(id.isEmpty() ? Headings.id(heading, qualifier) : id, heading, qualifier,
                Category.ORGANIZATION, List.copyOf(variants), when, acronym.seeAlso().stream().map(GlossaryEntry.Related::acronym).toList(),
                "", description, source, List.of(), origin);
    }

    /** What is matched for an entry: its variants and, but for a person (whose heading is inverted), its heading. */
    private static List<String> matched(WrittenEntry entry) {
        LinkedHashSet<String> variants = new LinkedHashSet<>();
        variants.add(entry.category() == Category.PERSON ? Headings.direct(entry.heading()) : entry.heading());
        variants.addAll(entry.variants());
        return List.copyOf(variants);
    }

    private void add(IndexEntry entry, WrittenEntry editor) {
        IndexEntry other = entries.putIfAbsent(entry.id(), entry);
        if (other != null) {
            throw new SourceException(file, editor == null ? 1 : editor.line(), "'" + entry.label()
                    + "' has the same anchor (" + entry.id() + ") as the entry at " + other.origin()
                    + "; give one a qualifier or an 'id'");
        }
        if (editor != null) {
            written.put(entry.id(), editor);
        }
        name(entry.heading(), entry.id());
        name(entry.label(), entry.id());
        entry.variants().forEach(v -> name(v, entry.id()));
    }

    private void name(String name, String id) {
        names.computeIfAbsent(Folding.phrase(name), n -> new LinkedHashSet<>()).add(id);
    }

    /** The entry with its written see-also and parent turned into ids (the glossary's see-also too). */
    private IndexEntry resolve(IndexEntry entry) {
        WrittenEntry editor = written.get(entry.id());
        int line = editor == null ? 1 : editor.line();
        LinkedHashSet<String> seeAlso = new LinkedHashSet<>();
        for (String name : entry.seeAlso()) {
            // A glossary see-also may name an acronym that is not an organization here (CFA): leave it out.
            Set<String> ids = names.get(Folding.phrase(name));
            if (ids != null && ids.size() == 1) {
                seeAlso.add(ids.iterator().next());
            }
        }
        String parent = "";
        if (editor != null) {
            for (String name : editor.seeAlso()) {
                seeAlso.add(target(name, line, "sees also"));
            }
            if (!editor.parent().isEmpty()) {
                parent = target(editor.parent(), line, "is a sub-entry of");
                if (parent.equals(entry.id())) {
                    throw new SourceException(file, line, "'" + entry.label() + "' cannot be a sub-entry of itself");
                }
            }
        }
        seeAlso.remove(entry.id());
        return new IndexEntry(entry.id(), entry.heading(), entry.qualifier(), entry.category(), entry.variants(),
                entry.when(), List.copyOf(seeAlso), parent, entry.description(), entry.source(), entry.coordinates(), entry.origin());
    }

    /** The one entry a reference names by heading, "heading (qualifier)" or variant. */
    private String target(String name, int line, String relation) {
        Set<String> ids = names.getOrDefault(Folding.phrase(name), Set.of());
        if (ids.size() == 1) {
            return ids.iterator().next();
        }
        throw new SourceException(file, line, ids.isEmpty()
                ? "the entry " + relation + " '" + name + "', which is no entry's heading or variant"
                : "the entry " + relation + " '" + name + "', which names " + ids.size()
                        + " entries; write the heading with its qualifier, as 'Niger (river)'");
    }

    /**
     * Sub-entries under sub-entries end at a main entry: a cycle (A under B under A) would leave every
     * entry of it off the page. Each entry's chain is walked once; the first entry of a cycle names it.
     */
    private void checkParents(List<IndexEntry> resolved) {
        Map<String, String> parents = new HashMap<>();
        resolved.forEach(e -> parents.put(e.id(), e.parentId()));
        Set<String> ending = new HashSet<>();
        for (IndexEntry entry : resolved) {
            Map<String, Integer> chain = new LinkedHashMap<>();
            for (String id = entry.id(); !id.isEmpty() && !ending.contains(id); id = parents.get(id)) {
                Integer seen = chain.putIfAbsent(id, chain.size());
                if (seen != null) {
                    List<String> cycle = chain.keySet().stream().skip(seen).toList();
                    StringBuilder message = new StringBuilder("'" + entries.get(id).label() + "'");
                    cycle.stream().skip(1).forEach(c -> message.append(" is a sub-entry of '").append(entries.get(c).label())
                            .append("', which"));
                    message.append(" is a sub-entry of '").append(entries.get(id).label())
                            .append("': a cycle; one of them must be a main entry (no 'parent')");
                    WrittenEntry editor = written.get(id);
                    throw new SourceException(file, editor == null ? 1 : editor.line(), message.toString());
                }
            }
            ending.addAll(chain.keySet());
        }
    }

    /** A variant of two entries is a homograph: all but one of them must say in which context it is theirs. */
    private void checkVariants(List<IndexEntry> resolved) {
        Map<String, List<IndexEntry>> byVariant = new HashMap<>();
        for (IndexEntry entry : resolved) {
            entry.variants().stream().map(Folding::phrase).distinct()
                    .forEach(v -> byVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(entry));
        }
        byVariant.forEach((variant, holders) -> {
            List<IndexEntry> plain = holders.stream().filter(e -> e.when().isEmpty()).toList();
            if (plain.size() > 1) {
                WrittenEntry editor = written.get(plain.get(1).id());
                throw new SourceException(file, editor == null ? 1 : editor.line(), "'" + variant + "' is a variant of both '"
                        + plain.get(0).label() + "' (" + plain.get(0).origin() + ") and '" + plain.get(1).label()
                        + "': give each a qualifier, and 'when' words to tell them apart in a paragraph");
            }
        });
    }

    /**
     * The index's see references: every editor's "see" entry, and each variant filed elsewhere than
     * its heading (by its first word) ("Tombouctou", "ECOWAS"), by the text shown. A person's variants are forms of the
     * name found under the surname, so they make none.
     */
    private Map<String, List<String>> crossReferences(IndexFile.Contents contents, List<IndexEntry> resolved) {
        Map<String, LinkedHashSet<String>> see = new LinkedHashMap<>();
        Set<String> headings = new HashSet<>();
        resolved.forEach(e -> headings.add(Folding.phrase(e.heading())));
        for (IndexEntry entry : resolved) {
            if (entry.category() == Category.PERSON) {
                continue;
            }
            String filed = firstWord(entry.heading());
            for (String variant : entry.variants()) {
                String word = firstWord(variant);
                // "election" files beside "elections": a see reference only for a name filed elsewhere.
                if (!word.startsWith(filed) && !filed.startsWith(word) && !headings.contains(Folding.phrase(variant))) {
                    see.computeIfAbsent(variant, v -> new LinkedHashSet<>()).add(entry.id());
                }
            }
        }
        for (WrittenEntry entry : contents.entries()) {
            if (!entry.see().isEmpty()) {
                see.computeIfAbsent(entry.heading(), v -> new LinkedHashSet<>()).add(target(entry.see(), entry.line(), "sees"));
            }
        }
        // One reference per folded text: "Tombouctou" and "TOMBOUCTOU" are one.
        Map<String, String> shown = new HashMap<>();
        Map<String, LinkedHashSet<String>> merged = new LinkedHashMap<>();
        see.forEach((text, ids) -> merged.computeIfAbsent(shown.computeIfAbsent(Folding.phrase(text), k -> text),
                k -> new LinkedHashSet<>()).addAll(ids));
        Map<String, List<String>> out = new LinkedHashMap<>();
        merged.forEach((text, ids) -> out.put(text, List.copyOf(ids)));
        return out;
    }

    private static String firstWord(String text) {
        String filed = Folding.phrase(Headings.filing(text));
        int end = 0;
        while (end < filed.length() && Character.isLetterOrDigit(filed.charAt(end))) {
            end++;
        }
        return filed.substring(0, end);
    }
}
