package dossier.annotation.acronyms;

import dossier.annotation.DocumentMemo;
import dossier.annotation.Ledger;
import dossier.model.AnchorLabels;
import dossier.model.Block;
import dossier.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns the glossary in the order the facts depend on each other: the editor's entries, then every
 * definition in the documents (so any document can lend a meaning to another), then every use.
 */
final class GlossaryBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(Glossary.class);

    /** An entry while it is being learned. */
    private static final class Draft {
        final String id;
        final String acronym;
        final List<String> aliases;
        final List<Expansion> expansions;
        final String description;
        final String source;
        final List<String> seeAlso;
        final boolean inEditorFile;
        final List<String> writtenForms = new ArrayList<>();
        final List<DocumentParagraph> definitions = new ArrayList<>();
        /** The acronyms each document defines, by document slug, in text order. */
        final Map<String, Set<String>> writtenIn = new LinkedHashMap<>();

        Draft(String id, EditorEntry entry, boolean inEditorFile) {
            this.id = id;
            this.acronym = entry.acronym();
            this.aliases = entry.aliases();
            this.expansions = entry.expansions();
            this.description = entry.description();
            this.source = entry.source();
            this.seeAlso = entry.seeAlso();
            this.inEditorFile = inEditorFile;
        }
    }

    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> byId = new HashMap<>();
    /** The number the next acronym whose id is taken gets after its base. */
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private final Map<String, Draft> byAcronym = new HashMap<>();
    private final Map<String, Document> bySlug = new HashMap<>();
    private final Path editorFile;
    private List<Document> ordered;
    private Lexicon lexicon;

    private GlossaryBuilder(Path editorFile) {
        this.editorFile = editorFile;
    }

    /** Each document's definitions: found in the document alone, so kept for an unchanged one ({@link DocumentMemo}). */
    private static final DocumentMemo.Kind<List<Defined>> DEFINITIONS = new DocumentMemo.Kind<>("acronym definitions");

    /** A definition a document gives, at its paragraph. */
    private record Defined(Definition definition, DocumentParagraph place) {
    }

    static Glossary learn(List<Document> documents, Path editorFile, DocumentMemo memo) {
        GlossaryBuilder builder = new GlossaryBuilder(editorFile);
        GlossaryFile.load(editorFile).forEach(entry -> builder.add(entry, true));
        builder.ordered = documents.stream().sorted(Document.ORDER).toList();
        for (Document document : builder.ordered) {
            builder.bySlug.put(document.slug(), document);
            memo.of(DEFINITIONS, document, GlossaryBuilder::definitions).forEach(found -> builder.defined(found.definition(), found.place()));
        }
        builder.lexicon = builder.lexicon();
        return new Glossary(builder, builder.entries(Map.of()), builder.lexicon, new TreeMap<>());
    }

    /** Every definition a document's text gives, in text order. */
    private static List<Defined> definitions(Document document) {
        List<Defined> found = new ArrayList<>();
        definitions(document, document.blocks(), "", found);
        return List.copyOf(found);
    }

    /** The definitions of these blocks, each at its paragraph (the block's anchor, or the enclosing one). */
    private static void definitions(Document document, List<Block> blocks, String enclosing, List<Defined> found) {
        for (Block block : blocks) {
            String anchor = block.anchor().isEmpty() ? enclosing : block.anchor();
            for (Definition definition : DefinitionFinder.find(block.text())) {
                found.add(new Defined(definition, place(document, anchor)));
            }
            definitions(document, block.children(), anchor, found);
        }
    }

    /** The glossary with every use the annotator marked on the pages, as the ledger holds them. */
    Glossary withUses(Ledger ledger) {
        Map<String, Map<String, Map<String, Integer>>> uses = new HashMap<>();
        Map<String, Map<String, Set<String>>> written = new HashMap<>();
        SortedMap<String, SortedSet<String>> unexplained = new TreeMap<>();
        for (Document document : ordered) {
            for (Ledger.Mark<AcronymAnnotator.Use> mark : ledger.marks(AcronymAnnotator.USES, document.slug())) {
                AcronymAnnotator.Use use = mark.what();
                uses.computeIfAbsent(use.entryId(), e -> new LinkedHashMap<>())
                        .computeIfAbsent(document.slug(), d -> new LinkedHashMap<>()).merge(mark.anchor(), 1, Integer::sum);
                if (use.acronym()) {
                    written.computeIfAbsent(use.entryId(), e -> new HashMap<>())
                            .computeIfAbsent(document.slug(), d -> new LinkedHashSet<>()).add(use.written());
                }
            }
            for (Ledger.Mark<String> mark : ledger.marks(AcronymAnnotator.UNEXPLAINED, document.slug())) {
                unexplained.computeIfAbsent(mark.what(), a -> new TreeSet<>()).add(document.slug());
            }
        }
        Map<String, Usage> usage = new HashMap<>();
        for (Draft draft : drafts) {
            usage.put(draft.id, new Usage(uses.getOrDefault(draft.id, Map.of()), written.getOrDefault(draft.id, Map.of())));
        }
        Glossary glossary = new Glossary(this, entries(usage), lexicon, unexplained);
        if (!glossary.notInEditorFile().isEmpty()) {
            LOG.warn("acronyms defined in the documents but missing from {}: {}", editorFile,
                    String.join(", ", glossary.notInEditorFile()));
        }
        if (!unexplained.isEmpty()) {
            LOG.warn("acronyms used but explained nowhere (add them to {}): {}", editorFile,
                    unexplained.entrySet().stream().map(e -> e.getKey() + " in " + someOf(e.getValue()))
                            .collect(Collectors.joining("; ")));
        }
        return glossary;
    }

    /** The first few documents, and how many more: a large dossier's warning stays a line a person reads. */
    private static String someOf(Set<String> documents) {
        List<String> first = documents.stream().limit(3).toList();
        int more = documents.size() - first.size();
        return String.join(", ", first) + (more > 0 ? " and " + more + " more" : "");
    }

    /** An entry's uses by document slug then anchor, and the acronyms each document writes for it. */
    private record Usage(Map<String, Map<String, Integer>> uses, Map<String, Set<String>> written) {
        static final Usage NONE = new Usage(Map.of(), Map.of());
    }

    private void add(EditorEntry entry, boolean inEditorFile) {
        // Acronyms whose letters a slug drops ("ΑΒΓ", "ΔΕΖ") share a base: "entry", "entry-2", "entry-3" …
        String base = AcronymShape.id(entry.acronym());
        String id = base;
        while (byId.containsKey(id)) {
            id = base + "-" + nextNumber.merge(base, 2, (n, first) -> n + 1);
        }
        Draft draft = new Draft(id, entry, inEditorFile);
        drafts.add(draft);
        byId.put(id, draft);
        byAcronym.put(entry.acronym(), draft);
        entry.aliases().forEach(alias -> byAcronym.putIfAbsent(alias, draft));
    }

    private void defined(Definition definition, DocumentParagraph place) {
        if (!byAcronym.containsKey(definition.acronym())) {
            add(new EditorEntry(definition.acronym(), List.of(), List.of(), "", "", List.of(), 0), false);
        }
        Draft draft = byAcronym.get(definition.acronym());
        draft.definitions.add(place);
        draft.writtenIn.computeIfAbsent(place.slug(), d -> new LinkedHashSet<>()).add(definition.acronym());
        String form = normal(definition.longForm());
        boolean known = draft.expansions.stream().anyMatch(e -> normal(e.text()).equals(form))
                || draft.writtenForms.stream().anyMatch(w -> normal(w).equals(form));
        if (!known) {
            draft.writtenForms.add(form);
        }
    }

    private Lexicon lexicon() {
        List<Lexicon.Term> terms = new ArrayList<>();
        for (Draft draft : drafts) {
            terms.add(new Lexicon.Term(draft.acronym, draft.id, true));
            draft.aliases.forEach(alias -> terms.add(new Lexicon.Term(alias, draft.id, true)));
            draft.expansions.forEach(e -> terms.add(new Lexicon.Term(e.text(), draft.id, false)));
            draft.writtenForms.forEach(form -> terms.add(new Lexicon.Term(form, draft.id, false)));
        }
        return new Lexicon(terms);
    }

    private List<GlossaryEntry> entries(Map<String, Usage> usage) {
        return drafts.stream().map(d -> freeze(d, usage.getOrDefault(d.id, Usage.NONE)))
                .sorted(Comparator.comparing(GlossaryEntry::sortKey)).toList();
    }

    private GlossaryEntry freeze(Draft draft, Usage usage) {
        List<GlossaryEntry.Related> related = draft.seeAlso.stream().map(byAcronym::get)
                .map(d -> new GlossaryEntry.Related(d.id, d.acronym)).toList();
        List<DocumentUses> uses = usage.uses().entrySet().stream().map(e -> {
            Document document = bySlug.get(e.getKey());
            return new DocumentUses(document.slug(), name(document), e.getValue().values().stream().mapToInt(Integer::intValue).sum(),
                    e.getValue().entrySet().stream().map(p -> new DocumentUses.InParagraph(place(document, p.getKey()), p.getValue()))
                            .toList());
        }).toList();
        return new GlossaryEntry(draft.id, draft.acronym, draft.aliases, draft.expansions, draft.writtenForms, draft.description,
                draft.source, related, draft.definitions, uses, writtenIn(draft, usage), draft.inEditorFile);
    }

    /** The acronyms each document writes for an entry: those it defines, then those it uses, in text order. */
    private Map<String, List<String>> writtenIn(Draft draft, Usage usage) {
        Map<String, Set<String>> written = new LinkedHashMap<>();
        draft.writtenIn.forEach((slug, acronyms) -> written.put(slug, new LinkedHashSet<>(acronyms)));
        usage.written().forEach((slug, acronyms) -> written.computeIfAbsent(slug, d -> new LinkedHashSet<>()).addAll(acronyms));
        return written.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private static DocumentParagraph place(Document document, String anchor) {
        return new DocumentParagraph(document.slug(), name(document), anchor, anchor.isEmpty() ? "start" : AnchorLabels.label(anchor));
    }

    private static String name(Document document) {
        return document.metadata().displayName();
    }

    /** Long forms compared as words: line breaks and the two apostrophes do not make a new form. */
    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").replace('\'', '’');
    }
}
