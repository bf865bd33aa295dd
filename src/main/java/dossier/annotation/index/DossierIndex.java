package dossier.annotation.index;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.acronyms.Glossary;
import dossier.model.AnchorLabels;
import dossier.model.Document;
import dossier.model.PageAddress;
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

    /** More locators than this in one document are shown as one compact run ("paras. 4, 10, 26"). */
    static final int COMPACT_AFTER = 6;

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
            entry.variants().stream().map(Fold::phrase).distinct().forEach(variant -> senses
                    .computeIfAbsent(variant, v -> new ArrayList<>()).add(VariantMatcher.Sense.of(entry.id(), entry.when())));
        }
        this.matcher = new VariantMatcher(senses);
        this.annotator = new IndexAnnotator(this, matcher, ledger);
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
        return notIndexed.contains(Fold.phrase(name));
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

    // ---- what the index page shows ------------------------------------------------------------

    /** A link into a document: "S/2012/894, para. 23", or "23" inside a compact run. */
    public record Link(String href, String label) {
    }

    /** An entry's locators in one document. When compact, the labels are short and follow "name, paras.". */
    public record InDocument(String document, String slug, boolean compact, List<Link> links) {
    }

    /** A link to another entry of the index. */
    public record Ref(String id, String label) {
    }

    /** An entry as the page shows it, with its sub-entries. */
    public record View(IndexEntry entry, List<InDocument> documents, List<Ref> seeAlso, List<View> subEntries) {
    }

    /** A see reference: a name that is not a heading, and the entries it sends the reader to. */
    public record See(String text, List<Ref> targets) {
    }

    /** One line of a letter: an entry or a see reference (the other is null). */
    public record Item(View entry, See see) {

        String filing() {
            return entry != null ? entry.entry().label() : see.text();
        }
    }

    /** A letter of the page, its anchor and what files under it. */
    public record Letter(String label, String id, boolean letter, List<Item> items) {
    }

    /** The page's A–Z: main entries and see references, by letter. */
    public List<Letter> letters() {
        List<Item> items = new ArrayList<>();
        entries.stream().filter(e -> e.parentId().isEmpty()).map(e -> new Item(view(e), null)).forEach(items::add);
        crossReferences.forEach((text, ids) -> items.add(new Item(null, new See(text, ids.stream().map(this::ref).toList()))));
        return IndexSorting.buckets(items, Item::filing).stream()
                .map(b -> new Letter(b.label(), "letter-" + (b.letter() ? b.label().toLowerCase(java.util.Locale.ROOT) : "other"),
                        b.letter(), b.items()))
                .toList();
    }

    /** A category's entries, in index order, for the page's views. */
    public record CategoryView(String key, String title, List<Ref> entries) {
    }

    public List<CategoryView> categories() {
        List<CategoryView> views = new ArrayList<>();
        for (Category category : Category.values()) {
            List<IndexEntry> in = entries.stream().filter(e -> e.category() == category)
                    .sorted(IndexSorting.order(IndexEntry::label)).toList();
            if (!in.isEmpty()) {
                views.add(new CategoryView(category.key(), category.plural(), in.stream().map(e -> ref(e.id())).toList()));
            }
        }
        return views;
    }

    /** The places with coordinates, on a small map; empty when the registry gives none. */
    public PlaceMap map() {
        return PlaceMap.of(entries.stream().filter(e -> e.category() == Category.PLACE)
                .map(e -> new PlaceMap.Place(e, locators(e.id()).size())).toList());
    }

    private View view(IndexEntry entry) {
        List<View> subEntries = entries.stream().filter(e -> e.parentId().equals(entry.id()))
                .sorted(IndexSorting.order(IndexEntry::label)).map(this::view).toList();
        return new View(entry, inDocuments(entry.id()), entry.seeAlso().stream().map(this::ref).toList(), subEntries);
    }

    private List<InDocument> inDocuments(String entryId) {
        Map<String, List<Locator>> bySlug = locators(entryId).stream()
                .collect(Collectors.groupingBy(Locator::slug, LinkedHashMap::new, Collectors.toList()));
        List<InDocument> out = new ArrayList<>();
        bySlug.forEach((slug, locators) -> {
            String name = name(slug);
            boolean compact = locators.size() > COMPACT_AFTER;
            List<Link> links = locators.stream().map(l -> {
                String label = AnchorLabels.label(l.anchor());
                return new Link(PageAddress.of(slug) + "#" + l.anchor(),
                        compact ? label.replaceFirst("^para\\. ", "") : name + ", " + label);
            }).toList();
            out.add(new InDocument(name, slug, compact, links));
        });
        return out;
    }

    private String name(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst()
                .map(d -> d.metadata().displayName()).orElse(slug);
    }

    private Ref ref(String id) {
        return new Ref(id, byId.get(id).label());
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
