package dossier.annotation.references;

import dossier.annotation.Ledger;
import dossier.model.Document;
import dossier.model.NaturalOrder;
import dossier.model.SymbolSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who cites whom across the dossier, as the reference annotator linked it on every page (read from the
 * build's ledger): each document's citations and citers, and every cited document by issuing body. What a
 * page shows of them is rendering's (rendering/CitationViews).
 */
public final class CitationIndex {

    /** Where a cited document's body is not known. */
    public static final String OTHER_BODY = "Other documents";

    /** One reference from a paragraph (by anchor) of a dossier document (by slug) to another document. */
    public record Citation(String citing, String paragraph, Target target) {
    }

    /** A document cited anywhere, the body it is listed under, and every citation of it in document order. */
    public record Cited(Target target, String body, List<Citation> citations) {
    }

    private final Map<String, Document> bySlug;
    private final Set<Citation> citations = new LinkedHashSet<>();
    private final Map<String, List<Citation>> byCiting = new HashMap<>();
    private final Map<String, List<Citation>> byCited = new HashMap<>();

    /** The citations the annotator linked on every page, as the ledger holds them, in document order. */
    CitationIndex(List<Document> documents, Ledger ledger) {
        this.bySlug = documents.stream().collect(Collectors.toMap(Document::slug, Function.identity(), (first, same) -> first));
        for (Document document : documents) {
            for (Ledger.Mark<Target> mark : ledger.marks(ReferenceAnnotator.CITATIONS, document.slug())) {
                citations.add(new Citation(document.slug(), mark.anchor(), mark.what()));
            }
        }
        for (Citation citation : citations) {
            byCiting.computeIfAbsent(citation.citing(), d -> new ArrayList<>()).add(citation);
            byCited.computeIfAbsent(citation.target().slug(), d -> new ArrayList<>()).add(citation);
        }
    }

    /** The citations made by a document, in text order. */
    public List<Citation> by(String slug) {
        return byCiting.getOrDefault(slug, List.of());
    }

    /** The citations of a dossier document, in document order. */
    public List<Citation> of(String slug) {
        return byCited.getOrDefault(slug, List.of());
    }

    /** Every document cited anywhere, sorted by body (in the order of {@link SymbolSeries#BODIES}) and then by symbol. */
    public List<Cited> cited() {
        Map<Target, List<Citation>> byTarget = new LinkedHashMap<>();
        for (Citation citation : citations) {
            byTarget.computeIfAbsent(citation.target(), t -> new ArrayList<>()).add(citation);
        }
        return byTarget.entrySet().stream().map(e -> new Cited(e.getKey(), bodyOf(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Cited c) -> bodyRank(c.body()))
                        .thenComparing(Cited::body)
                        .thenComparing(c -> c.target().symbol().isEmpty())
                        .thenComparing(c -> c.target().symbol(), NaturalOrder.INSTANCE)
                        .thenComparing(c -> c.target().title())
                        .thenComparing(c -> c.target().anchor()))
                .toList();
    }

    private String bodyOf(Target target) {
        String body = target.inDossier() ? bySlug.get(target.slug()).metadata().body() : SymbolSeries.bodyOf(target.symbol());
        return body.isEmpty() ? OTHER_BODY : body;
    }

    private static int bodyRank(String body) {
        int rank = SymbolSeries.BODIES.indexOf(body);
        return rank >= 0 ? rank : body.equals(OTHER_BODY) ? Integer.MAX_VALUE : SymbolSeries.BODIES.size();
    }
}
