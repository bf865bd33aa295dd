package dossier.annotation.index;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.acronyms.Glossary;
import dossier.model.Document;
import dossier.model.Folding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dossier's index of people, places, organizations and subjects: the editor's registry
 * (content/index.yml) and the glossary's organizations, each entry with the paragraphs that speak of
 * it. Learned from every document before any page is rendered, as a document's aside lists its entries.
 */
public final class DossierIndex {

    private final List<IndexEntry> entries;
    private final Map<String, IndexEntry> byId;
    private final Map<String, List<String>> crossReferences;
    private final Set<String> notIndexed;
    private final List<Document> documents;
    private final VariantMatcher matcher;
    private final Ledger ledger;
    private final IndexAnnotator annotator;

    private DossierIndex(RegistryBuilder.Registry registry, List<Document> documents, Ledger ledger) {
        this.ledger = ledger;
        this.entries = registry.entries();
        this.byId = entries.stream().collect(Collectors.toMap(IndexEntry::id, e -> e));
        this.crossReferences = registry.crossReferences();
        this.notIndexed = registry.notIndexed();
        this.documents = documents.stream().sorted(Document.ORDER).toList();
        Map<String, List<VariantMatcher.Sense>> senses = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            entry.variants().stream().map(Folding::phrase).distinct().forEach(variant -> senses
                    .computeIfAbsent(variant, v -> new ArrayList<>()).add(VariantMatcher.Sense.of(entry.id(), entry.when())));
        }
        this.matcher = new VariantMatcher(senses);
        this.annotator = new IndexAnnotator(matcher, ledger);
    }

    /**
     * Learns the index from the registry in {@code content} and the glossary; its locators are what its
     * annotator records in {@code ledger} during the annotation pass, read once every document is annotated.
     */
    public static DossierIndex learn(List<Document> documents, Path content, Glossary glossary, Ledger ledger) {
        return new DossierIndex(RegistryBuilder.build(IndexFile.load(content.resolve(IndexFile.NAME)), glossary),
                documents, ledger);
    }

    /** The annotator of the build's annotation pass: it records locators and gives each document its aside. */
    public Annotator annotator() {
        return annotator;
    }

    VariantMatcher matcher() {
        return matcher;
    }

    /** Whether the editor chose not to index a name (content/index.yml, not_indexed). */
    boolean notIndexed(String name) {
        return notIndexed.contains(Folding.phrase(name));
    }

    /** Every entry, sub-entries included, in the order an index files them. */
    public List<IndexEntry> entriesInIndexOrder() {
        return entries.stream().sorted(IndexSorting.order(IndexEntry::label)).toList();
    }

    public List<IndexEntry> entries() {
        return entries;
    }

    /** The locators of an entry, in document date order, then in text order. */
    public List<Locator> locators(String entryId) {
        List<Locator> found = new ArrayList<>();
        for (Document document : documents) {
            in(document.slug()).stream().filter(l -> l.entryId().equals(entryId)).forEach(found::add);
        }
        return found;
    }

    public int locatorCount() {
        return documents.stream().mapToInt(d -> in(d.slug()).size()).sum();
    }

    private List<Locator> in(String slug) {
        return ledger.marks(IndexAnnotator.LOCATORS, slug).stream().map(Ledger.Mark::what).toList();
    }

    /** The see references: a name that is not a heading, and the ids of the entries it sends the reader to. */
    public Map<String, List<String>> crossReferences() {
        return crossReferences;
    }

    /** The entry of an id. */
    public IndexEntry entry(String id) {
        return byId.get(id);
    }

    /** The documents, in the dossier's order. */
    public List<Document> documents() {
        return documents;
    }

    /** The places with coordinates, on a small map; empty when the registry gives none. */
    public PlaceMap map() {
        return PlaceMap.of(entries.stream().filter(e -> e.category() == Category.PLACE)
                .map(e -> new PlaceMap.Place(e, locators(e.id()).size())).toList());
    }

    // ---- what a document page shows ----------------------------------------------------------

    /** An entry a document speaks of, and in how many of its paragraphs. */
    public record Mentioned(IndexEntry entry, int paragraphs) {
    }

    /** The entries a document speaks of, in index order. */
    public List<Mentioned> mentionedIn(String slug) {
        Map<String, Long> counts = in(slug).stream()
                .collect(Collectors.groupingBy(Locator::entryId, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> new Mentioned(byId.get(e.getKey()), e.getValue().intValue()))
                .sorted(IndexSorting.order(m -> m.entry().label())).toList();
    }
}
