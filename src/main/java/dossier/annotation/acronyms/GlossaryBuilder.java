package dossier.annotation.acronyms;

import dossier.model.AnchorLabels;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
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
        final List<Place> definitions = new ArrayList<>();
        /** The acronyms each document writes, by document slug, in text order. */
        final Map<String, Set<String>> writtenIn = new LinkedHashMap<>();
        /** Uses by document slug, then by anchor, in text order. */
        final Map<String, Map<String, Integer>> uses = new LinkedHashMap<>();

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
    private final Map<String, Draft> byAcronym = new HashMap<>();
    private final Map<String, Document> bySlug = new HashMap<>();

    private GlossaryBuilder() {
    }

    static Glossary learn(List<Document> documents, Path editorFile, Function<Document, Element> render) {
        GlossaryBuilder builder = new GlossaryBuilder();
        GlossaryFile.load(editorFile).forEach(entry -> builder.add(entry, true));

        Map<Document, List<TextWalk.Located>> texts = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing((Document d) -> d.metadata().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Document::slug))
                .forEach(d -> {
                    builder.bySlug.put(d.slug(), d);
                    texts.put(d, TextWalk.texts(render.apply(d)));
                });

        texts.forEach((document, located) -> {
            for (TextWalk.Located text : located) {
                for (Definition definition : DefinitionFinder.find(text.node().getWholeText())) {
                    builder.defined(definition, place(document, text.anchor()));
                }
            }
        });
        Lexicon lexicon = builder.lexicon();
        texts.forEach((document, located) -> {
            for (UseFinder.Use use : UseFinder.find(located, lexicon)) {
                Lexicon.Term term = use.match().term();
                Draft draft = builder.byId.get(term.entryId());
                draft.uses.computeIfAbsent(document.slug(), d -> new LinkedHashMap<>()).merge(use.text().anchor(), 1, Integer::sum);
                if (term.acronym()) {
                    draft.writtenIn.computeIfAbsent(document.slug(), d -> new LinkedHashSet<>()).add(term.written());
                }
            }
        });
        SortedMap<String, SortedSet<String>> unexplained = UnexplainedAcronyms.find(texts.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().slug(), Map.Entry::getValue)), lexicon);

        Glossary glossary = new Glossary(builder.entries(), lexicon, unexplained);
        if (!glossary.notInEditorFile().isEmpty()) {
            LOG.warn("acronyms defined in the documents but missing from {}: {}", editorFile,
                    String.join(", ", glossary.notInEditorFile()));
        }
        if (!unexplained.isEmpty()) {
            LOG.warn("acronyms used but explained nowhere (add them to {}): {}", editorFile,
                    unexplained.entrySet().stream().map(e -> e.getKey() + " in " + String.join(", ", e.getValue()))
                            .collect(Collectors.joining("; ")));
        }
        return glossary;
    }

    private void add(EditorEntry entry, boolean inEditorFile) {
        String id = AcronymShape.id(entry.acronym());
        while (byId.containsKey(id)) {
            id = id + "-2";
        }
        Draft draft = new Draft(id, entry, inEditorFile);
        drafts.add(draft);
        byId.put(id, draft);
        byAcronym.put(entry.acronym(), draft);
        entry.aliases().forEach(alias -> byAcronym.putIfAbsent(alias, draft));
    }

    private void defined(Definition definition, Place place) {
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

    private List<Entry> entries() {
        return drafts.stream().map(this::freeze).sorted(Comparator.comparing(Entry::sortKey)).toList();
    }

    private Entry freeze(Draft draft) {
        List<Entry.Related> related = draft.seeAlso.stream().map(byAcronym::get)
                .map(d -> new Entry.Related(d.id, d.acronym)).toList();
        List<DocumentUses> uses = draft.uses.entrySet().stream().map(e -> {
            Document document = bySlug.get(e.getKey());
            return new DocumentUses(document.slug(), name(document), e.getValue().values().stream().mapToInt(Integer::intValue).sum(),
                    e.getValue().entrySet().stream().map(p -> new DocumentUses.Paragraph(place(document, p.getKey()), p.getValue()))
                            .toList());
        }).toList();
        return new Entry(draft.id, draft.acronym, draft.aliases, draft.expansions, draft.writtenForms, draft.description,
                draft.source, related, draft.definitions, uses, draft.writtenIn.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))), draft.inEditorFile);
    }

    private static Place place(Document document, String anchor) {
        return new Place(document.slug(), name(document), anchor, anchor.isEmpty() ? "start" : AnchorLabels.label(anchor));
    }

    private static String name(Document document) {
        return document.metadata().symbol().isEmpty() ? document.metadata().title() : document.metadata().symbol();
    }

    /** Long forms compared as words: line breaks and the two apostrophes do not make a new form. */
    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").replace('\'', '’');
    }
}
