package dossier.rendering;

import dossier.annotation.references.CitationIndex;
import dossier.model.Document;
import dossier.rendering.CitationViews.BodySection;
import java.util.List;
import java.util.Map;

/** The citations page's values (citations.ftlh): the cited documents by body, their count, the network's drawing. */
public final class CitationsPage {

    private CitationsPage() {
    }

    public static Map<String, Object> values(CitationIndex index, List<Document> documents) {
        CitationViews views = new CitationViews(index, documents);
        List<BodySection> sections = views.sections();
        return Map.of(
                "sections", sections.stream().map(BodySection::asMap).toList(),
                "cited_count", sections.stream().mapToInt(s -> s.works().size()).sum(),
                "network_svg", CitationNetwork.draw(documents, views.citedWorks()));
    }
}
