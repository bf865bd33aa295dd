package dossier.rendering;

import dossier.annotation.index.Category;
import dossier.annotation.index.DossierIndex;
import dossier.annotation.index.IndexEntry;
import dossier.annotation.index.IndexSorting;
import dossier.annotation.index.Locator;
import dossier.annotation.index.PlaceMap;
import dossier.model.AnchorLabels;
import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the index page (subjects.ftlh) shows of the dossier's index: its A–Z of entries and see references,
 * each entry's paragraphs linked by document, its categories and its map.
 */
public final class SubjectsPage {

    /** More locators than this in one document are shown as one compact run ("paras. 4, 10, 26"). */
    static final int COMPACT_AFTER = 6;

    private final DossierIndex index;
    /** Each document's display name by slug, the first of a slug if two share it: looked up once per document an entry names. */
    private final Map<String, String> names = new HashMap<>();

    public SubjectsPage(DossierIndex index) {
        this.index = index;
        index.documents().forEach(d -> names.putIfAbsent(d.slug(), d.metadata().displayName()));
    }

    public List<IndexEntry> entries() {
        return index.entries();
    }

    public PlaceMap map() {
        return index.map();
    }

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
        index.entries().stream().filter(e -> e.parentId().isEmpty()).map(e -> new Item(view(e), null)).forEach(items::add);
        index.crossReferences().forEach((text, ids) -> items.add(new Item(null, new See(text, ids.stream().map(this::ref).toList()))));
        return IndexSorting.buckets(items, Item::filing).stream()
                .map(b -> new Letter(b.label(), "letter-" + (b.letter() ? b.label().toLowerCase(Locale.ROOT) : "other"),
                        b.letter(), b.items()))
                .toList();
    }

    /** A category's entries, in index order, for the page's views. */
    public record CategoryView(String key, String title, List<Ref> entries) {
    }

    public List<CategoryView> categories() {
        List<CategoryView> views = new ArrayList<>();
        for (Category category : Category.values()) {
            List<IndexEntry> in = index.entries().stream().filter(e -> e.category() == category)
                    .sorted(IndexSorting.order(IndexEntry::label)).toList();
            if (!in.isEmpty()) {
                views.add(new CategoryView(category.key(), category.plural(), in.stream().map(e -> ref(e.id())).toList()));
            }
        }
        return views;
    }

    private View view(IndexEntry entry) {
        List<View> subEntries = index.entries().stream().filter(e -> e.parentId().equals(entry.id()))
                .sorted(IndexSorting.order(IndexEntry::label)).map(this::view).toList();
        return new View(entry, inDocuments(entry.id()), entry.seeAlso().stream().map(this::ref).toList(), subEntries);
    }

    private List<InDocument> inDocuments(String entryId) {
        Map<String, List<Locator>> bySlug = index.locators(entryId).stream()
                .collect(Collectors.groupingBy(Locator::slug, LinkedHashMap::new, Collectors.toList()));
        List<InDocument> out = new ArrayList<>();
        bySlug.forEach((slug, locators) -> {
            String name = name(slug);
            boolean compact = locators.size() > COMPACT_AFTER;
            List<Link> links = locators.stream().map(l -> {
                String label = AnchorLabels.label(l.anchor());
                return new Link(PageAddress.at(PageAddress.of(slug), l.anchor()),
                        compact ? label.replaceFirst("^para\\. ", "") : name + ", " + label);
            }).toList();
            out.add(new InDocument(name, slug, compact, links));
        });
        return out;
    }

    private String name(String slug) {
        return names.getOrDefault(slug, slug);
    }

    private Ref ref(String id) {
        return new Ref(id, index.entry(id).label());
    }
}
