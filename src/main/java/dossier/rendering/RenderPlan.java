package dossier.rendering;

import dossier.annotation.Annotator;
import dossier.model.Document;
import dossier.model.UnDates;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Everything JBake's rendering needs from the earlier stages: the documents already read, the
 * annotators built from the whole dossier, and the cross-document pages. Handed to JBake through its
 * configuration, as JBake creates markup engines and rendering tools itself.
 */
public record RenderPlan(String dossierTitle, List<Document> documents, List<Annotator> annotators,
                         List<DossierPage> pages) {

    /** The configuration key under which the plan travels; templates see it as config.dossier_plan. */
    public static final String CONFIG_KEY = "dossier.plan";

    public RenderPlan {
        documents = documents.stream()
                .sorted(Comparator.comparing((Document d) -> d.metadata().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Document::slug))
                .toList();
        annotators = List.copyOf(annotators);
        pages = List.copyOf(pages);
    }

    public Optional<Document> document(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    /** "28 November 2012", or empty when the date is unknown (for templates). */
    public String displayDate(Document document) {
        return document.metadata().date() == null ? "" : UnDates.display(document.metadata().date());
    }

    /** "2012-11-28", or empty when the date is unknown (for templates' datetime attributes). */
    public String isoDate(Document document) {
        return document.metadata().date() == null ? "" : document.metadata().date().toString();
    }

    public static RenderPlan from(JBakeConfiguration config) {
        Object plan = config.get(CONFIG_KEY);
        if (plan instanceof RenderPlan renderPlan) {
            return renderPlan;
        }
        throw new IllegalStateException("no render plan in the JBake configuration: bake through dossier's Pipeline");
    }
}
