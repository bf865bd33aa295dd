package dossier.rendering;

import dossier.annotation.references.CitationIndex;
import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.rendering.CitationViews.BodySection;
import dossier.rendering.CitationViews.CitedWork;
import java.util.List;
import java.util.Map;

/**
 * The citations page (citations.ftlh): the cited documents by body, their count, the network's drawing. Past
 * a size it is split by body ({@link LetterPages}): an overview of the bodies and of every cited document,
 * without the drawing (a line per citing document, too many to draw), and a page per body.
 */
public final class CitationsPage {

    public static final String FILE = PageAddress.CITATIONS;
    static final String TEMPLATE = "citations.ftlh";
    static final String TITLE = "Citations";

    private CitationsPage() {
    }

    public static List<DossierPage> of(CitationIndex index, List<Document> documents, PageBudget budget) {
        List<BodySection> sections = new CitationViews(index, documents).sections();
        List<LetterPages.Letter<CitedWork>> bodies = sections.stream()
                .map(s -> new LetterPages.Letter<>(s.id(), s.body(), s.id(), s.works())).toList();
        LetterPages.Split<CitedWork> split = new LetterPages.Split<>(FILE, TEMPLATE, TITLE, Map.of(
                "sections", sections.stream().map(BodySection::asMap).toList(), "cited_count", count(sections)),
                CitationsPage::links, w -> List.of(w.id()), budget.linksPerPage());
        if (!LetterPages.splits(split, bodies)) {
            return List.of(new DossierPage(FILE, TEMPLATE, TITLE, () -> values(index, documents)));
        }
        return LetterPages.of(split, bodies);
    }

    /** The single page's values: the cited documents by body, their count, the network's drawing. */
    public static Map<String, Object> values(CitationIndex index, List<Document> documents) {
        CitationViews views = new CitationViews(index, documents);
        List<BodySection> sections = views.sections();
        return Map.of(
                "sections", sections.stream().map(BodySection::asMap).toList(),
                "cited_count", count(sections),
                "network_svg", CitationNetwork.draw(documents, views.citedWorks()));
    }

    private static int count(List<BodySection> sections) {
        return sections.stream().mapToInt(s -> s.works().size()).sum();
    }

    /** The links a cited document shows: each citing document and paragraph. */
    private static int links(CitedWork work) {
        return 1 + work.citedIn().stream().mapToInt(c -> 1 + c.paragraphs().size()).sum();
    }
}
