package dossier.annotation.references;

import dossier.annotation.Ledger;
import dossier.annotation.references.CitationViews.BodySection;
import dossier.annotation.references.CitationViews.CitedWork;
import dossier.annotation.references.CitationViews.Entry;
import dossier.annotation.references.CitationViews.ParagraphLink;
import dossier.annotation.references.CitationViews.Relation;
import dossier.model.AnchorLabels;
import dossier.model.Document;
import dossier.model.Metadata;
import dossier.model.PageAddress;
import dossier.model.SymbolSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who cites whom across the dossier, as the reference annotator linked it on every page (read from the
 * build's ledger): each document's "Cites" and "Cited by", and the citations page.
 */
public final class CitationIndex {

    private static final String OTHER_BODY = "Other documents";
    private static final int TITLE_LENGTH = 160;

    /** One reference from a paragraph of a dossier document (by slug) to another document. */
    record Citation(String citing, String paragraph, Target target) {
    }

    private final Map<String, Document> bySlug;
    private final Map<String, Document> bySymbol = new HashMap<>();
    private final Set<Citation> citations = new LinkedHashSet<>();
    private final Map<String, List<Citation>> byCiting = new HashMap<>();
    private final Map<String, List<Citation>> byCited = new HashMap<>();

    /** The citations the annotator linked on every page, as the ledger holds them, in document order. */
    CitationIndex(List<Document> documents, Ledger ledger) {
        this.bySlug = documents.stream().collect(Collectors.toMap(Document::slug, Function.identity(), (first, same) -> first));
        for (Document document : documents) {
            bySymbol.putIfAbsent(document.metadata().symbol(), document);
            for (Ledger.Mark<Target> mark : ledger.marks(ReferenceAnnotator.CITATIONS, document.slug())) {
                citations.add(new Citation(document.slug(), mark.anchor(), mark.what()));
            }
        }
        for (Citation citation : citations) {
            byCiting.computeIfAbsent(citation.citing(), d -> new ArrayList<>()).add(citation);
            byCited.computeIfAbsent(citation.target().slug(), d -> new ArrayList<>()).add(citation);
        }
    }

    /** The document page's asides: what it cites, who cites it, what its editor declared. */
    Map<String, Object> pageData(Document document) {
        return Map.of(
                "cites", cites(document).stream().map(Entry::asMap).toList(),
                "cited_by", citedBy(document).stream().map(Entry::asMap).toList(),
                "linked_relations", relations(document.metadata()).stream().map(Relation::asMap).toList());
    }

    private List<Entry> cites(Document document) {
        Map<Target, List<String>> byTarget = new LinkedHashMap<>();
        for (Citation citation : byCiting.getOrDefault(document.slug(), List.of())) {
            byTarget.computeIfAbsent(citation.target(), t -> new ArrayList<>()).add(citation.paragraph());
        }
        List<Entry> entries = new ArrayList<>();
        byTarget.forEach((target, paragraphs) -> entries.add(entry(target, "", paragraphLinks(paragraphs, ""))));
        return entries;
    }

    /** The dossier documents citing {@code document}, each with its citing paragraphs, linked from a document page. */
    private List<Entry> citedBy(Document document) {
        return citingEntries(byCited.getOrDefault(document.slug(), List.of()), "");
    }

    private List<Entry> citingEntries(List<Citation> citations, String toDocuments) {
        Map<String, List<String>> byCiting = new LinkedHashMap<>();
        for (Citation citation : citations) {
            byCiting.computeIfAbsent(citation.citing(), d -> new ArrayList<>()).add(citation.paragraph());
        }
        List<Entry> entries = new ArrayList<>();
        byCiting.forEach((slug, paragraphs) -> {
            Document citing = bySlug.get(slug);
            String page = toDocuments + PageAddress.fileName(citing.slug());
            entries.add(new Entry(citing.metadata().symbol(), shortened(citing.metadata().title()), "", slug, page, false,
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
        for (Map.Entry<Target, List<Citation>> cited : citedTargets()) {
            byBody.computeIfAbsent(bodyOf(cited.getKey()), b -> new ArrayList<>()).add(work(cited));
        }
        List<BodySection> sections = new ArrayList<>();
        byBody.forEach((body, works) -> sections.add(new BodySection(body, "body-" + idOf(body), works)));
        return sections;
    }

    /** Every document cited anywhere, sorted by body and then by symbol, with its citing documents. */
    public List<CitedWork> citedWorks() {
        return citedTargets().stream().map(this::work).toList();
    }

    private List<Map.Entry<Target, List<Citation>>> citedTargets() {
        Map<Target, List<Citation>> byTarget = new LinkedHashMap<>();
        for (Citation citation : citations) {
            byTarget.computeIfAbsent(citation.target(), t -> new ArrayList<>()).add(citation);
        }
        return byTarget.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Target, List<Citation>> e) -> bodyRank(bodyOf(e.getKey())))
                        .thenComparing(e -> bodyOf(e.getKey()))
                        .thenComparing(e -> e.getKey().symbol().isEmpty())
                        .thenComparing(e -> e.getKey().symbol(), NaturalOrder.INSTANCE)
                        .thenComparing(e -> e.getKey().title())
                        .thenComparing(e -> e.getKey().anchor()))
                .toList();
    }

    private CitedWork work(Map.Entry<Target, List<Citation>> cited) {
        return new CitedWork(workId(cited.getKey()), entry(cited.getKey(), PageAddress.FOLDER, List.of()),
                citingEntries(cited.getValue(), PageAddress.FOLDER));
    }

    private String bodyOf(Target target) {
        String body = target.inDossier() ? bySlug.get(target.slug()).metadata().body() : SymbolSeries.bodyOf(target.symbol());
        return body.isEmpty() ? OTHER_BODY : body;
    }

    private static int bodyRank(String body) {
        int rank = SymbolNames.BODIES.indexOf(body);
        return rank >= 0 ? rank : body.equals(OTHER_BODY) ? Integer.MAX_VALUE : SymbolNames.BODIES.size();
    }

    private Entry entry(Target target, String toDocuments, List<ParagraphLink> paragraphs) {
        return new Entry(target.symbol(), shortened(target.title()), part(target), target.slug(), target.href(toDocuments),
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
        return ownTitle ? label + " of " + shortened(nameOf(whole)) : label;
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
                .map(a -> new ParagraphLink(AnchorLabels.label(a), page + "#" + a)).toList();
    }

    private static String nameOf(Document document) {
        return document.metadata().displayName();
    }

    static String workId(Target target) {
        return "cited-" + idOf(target.symbol().isEmpty() ? target.slug() : target.symbol())
                + (target.anchor().isEmpty() ? "" : "-" + target.anchor());
    }

    private static String idOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
