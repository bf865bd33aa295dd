package dossier.build;

import dossier.model.Document;
import java.util.List;

/** What a build did, for the one-line summary and the verbose report. */
public record BuildSummary(List<Document> documents, int pages, double seconds) {

    public String oneLine() {
        return String.format(java.util.Locale.ROOT, "Built %d documents, %d pages in %.1f s", documents.size(), pages, seconds);
    }
}
