package dossier.rendering;

import dossier.annotation.references.CitationIndex;
import dossier.annotation.references.CitationIndex.Citation;
import dossier.annotation.references.CitationIndex.Cited;
import dossier.annotation.references.Target;
import dossier.model.AnchorLabels;
import dossier.model.Document;
import dossier.model.Metadata;
import dossier.model.Names;
import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the pages show of citations: a document page's "Cites", "Cited by" and declared relations, and the
 * citations page's documents by body. Plain records, every address already relative to the page;
 * templates receive them as maps ({@code asMap()}), as templates of every kind read them.
 */
public final class CitationViews {

    private static final int TITLE_LENGTH = 160;

    /** A paragraph that cites, or is cited: "para. 9 (b)" and where it is. */
    public record ParagraphLink(String label, String href) {

        public Map<String, Object> asMap() {
            return Map.of("label", label, "href", href);
        }
    }

    /**
     * One document in a "Cites" or "Cited by" list.
     *
     * @param symbol     its UN symbol, or empty when none is printed
     * @param title      what it is, in words
     * @param part       the part of it pointed at ("annex", "para. 12"), or empty
     * @param slug       its page's slug in the dossier, or empty when it is not in the dossier
     * @param href       its page, or its address at the UN's resolver
     * @param external   true when it is not in the dossier
     * @param paragraphs the citing paragraphs
     */
    public record CitedLink(String symbol, String title, String part, String slug, String href, boolean external,
                        List<ParagraphLink> paragraphs) {

        /** How a list names it: the symbol, or the title when no symbol is printed. */
        public String name() {
            return Metadata.displayName(symbol, title);
        }

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("symbol", symbol);
            map.put("name", name());
            map.put("title", title);
            map.put("part", part);
            map.put("slug", slug);
            map.put("href", href);
            map.put("external", external);
            map.put("paragraphs", paragraphs.stream().map(ParagraphLink::asMap).toList());
            return map;
        }
    }

    /** A relation an editor declared in a document's header, e.g. "Adopted as" S/RES/2085(2012). */
    public record Relation(String label, CitedLink document) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = document.asMap();
            map.put("label", label);
            return map;
        }
    }

    /** A document cited anywhere in the dossier, with every document that cites it. */
    public record CitedWork(String id, CitedLink work, List<CitedLink> citedIn) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = work.asMap();
            map.put("id", id);
            map.put("cited_in", citedIn.stream().map(CitedLink::asMap).toList());
            return map;
        }
    }

    /** The cited documents of one body, sorted by symbol. */
    public record BodySection(String body, String id, List<CitedWork> works) {

        public Map<String, Object> asMap() {
            return Map.of("body", body, "id", id, "works", works.stream().map(CitedWork::asMap).toList());
        }
    }

    private final CitationIndex index;
    private final Map<String, Document> bySlug;
    private final Map<String, Document> bySymbol = new HashMap<>();

    public CitationViews(CitationIndex index, List<Document> documents) {
        this.index = index;
        this.bySlug = documents.stream().collect(Collectors.toMap(Document::slug, Function.identity(), (first, same) -> first));
        documents.forEach(d -> bySymbol.putIfAbsent(d.metadata().symbol(), d));
    }

    /** The document page's aside (parts/citations-aside.ftlh): what it cites, who cites it, what its editor declared. */
    public Map<String, Object> aside(Document document) {
        return Map.of(
                "cites", cites(document).stream().map(CitedLink::asMap).toList(),
                "cited_by", citingEntries(index.of(document.slug()), "").stream().map(CitedLink::asMap).toList(),
                "linked_relations", relations(document.metadata()).stream().map(Relation::asMap).toList());
    }

    private List<CitedLink> cites(Document document) {
        Map<Target, List<String>> byTarget = new LinkedHashMap<>();
        for (Citation citation : index.by(document.slug())) {
            byTarget.computeIfAbsent(citation.target(), t -> new ArrayList<>()).add(citation.paragraph());
        }
        List<CitedLink> entries = new ArrayList<>();
        byTarget.forEach((target, paragraphs) -> entries.add(entry(target, "", paragraphLinks(paragraphs, ""))));
        return entries;
    }

    /** The dossier documents making {@code citations}, each with its citing paragraphs. */
    private List<CitedLink> citingEntries(List<Citation> citations, String toDocuments) {
        Map<String, List<String>> byCiting = new LinkedHashMap<>();
        for (Citation citation : citations) {
            byCiting.computeIfAbsent(citation.citing(), d -> new ArrayList<>()).add(citation.paragraph());
        }
        List<CitedLink> entries = new ArrayList<>();
        byCiting.forEach((slug, paragraphs) -> {
            Document citing = bySlug.get(slug);
            String page = toDocuments + PageAddress.fileName(citing.slug());
            entries.add(new CitedLink(citing.metadata().symbol(), shortened(citing.metadata().title()), "", slug, page, false,
                    paragraphLinks(paragraphs, page)));
        });
        return entries;
    }

    private List<Relation> relations(Metadata metadata) {
        List<Relation> relations = new ArrayList<>();
        for (Metadata.Relation relation : metadata.relations()) {
            Optional<Document> inDossier = Optional.ofNullable(bySymbol.get(relation.symbol()));
            Target target = inDossier.map(d -> new Target(relation.symbol(), d.slug(), "", d.metadata().title()))
                    .orElseGet(() -> Target.outside(relation.symbol()));
            relations.add(new Relation(relation.label(), entry(target, "", List.of())));
        }
        return relations;
    }

    /** Every document cited anywhere, with its citing documents, grouped by body in the order of {@link #citedWorks()}. */
    public List<BodySection> sections() {
        Map<String, List<CitedWork>> byBody = new LinkedHashMap<>();
        for (Cited cited : index.cited()) {
            byBody.computeIfAbsent(cited.body(), b -> new ArrayList<>()).add(work(cited));
        }
        List<BodySection> sections = new ArrayList<>();
        byBody.forEach((body, works) -> sections.add(new BodySection(body, "body-" + Names.slug(body), works)));
        return sections;
    }

    /** Every document cited anywhere, sorted by body and then by symbol, with its citing documents. */
    public List<CitedWork> citedWorks() {
        return index.cited().stream().map(this::work).toList();
    }

    private CitedWork work(Cited cited) {
        return new CitedWork(workId(cited.target()), entry(cited.target(), PageAddress.FOLDER, List.of()),
                citingEntries(cited.citations(), PageAddress.FOLDER));
    }

    private CitedLink entry(Target target, String toDocuments, List<ParagraphLink> paragraphs) {
        return new CitedLink(target.symbol(), shortened(target.title()), part(target), target.slug(), target.href(toDocuments),
                !target.inDossier(), paragraphs);
    }

    /** "para. 12", or "annex of Letter dated 23 October 2012 …" when the part has a title of its own. */
    private String part(Target target) {
        if (target.anchor().isEmpty()) {
            return "";
        }
        String label = AnchorLabels.label(target.anchor());
        Document whole = bySlug.get(target.slug());
        boolean ownTitle = whole != null && !whole.metadata().title().equals(target.title());
        return ownTitle ? label + " of " + shortened(whole.metadata().displayName()) : label;
    }

    /** Titles as lists show them: whole up to a sentence's length, else cut at a word. */
    private static String shortened(String title) {
        if (title.length() <= TITLE_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_LENGTH);
        return title.substring(0, cut > 0 ? cut : TITLE_LENGTH) + " …";
    }

    private static List<ParagraphLink> paragraphLinks(List<String> anchors, String page) {
        return new LinkedHashSet<>(anchors).stream().filter(a -> !a.isEmpty())
                .map(a -> new ParagraphLink(AnchorLabels.label(a), PageAddress.at(page, a))).toList();
    }

    private static String workId(Target target) {
        return "cited-" + Names.slug(target.symbol().isEmpty() ? target.slug() : target.symbol())
                + (target.anchor().isEmpty() ? "" : "-" + target.anchor());
    }
}
