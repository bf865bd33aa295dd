package dossier.build;

import dossier.model.Document;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a build did, for the summary and the verbose report.
 *
 * @param stages seconds spent in each stage, in the order they ran
 */
public record BuildSummary(List<Document> documents, int pages, double seconds, Map<String, Double> stages) {

    public BuildSummary {
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    public String oneLine() {
        return String.format(Locale.ROOT, "Built %d documents, %d pages in %.1f s", documents.size(), pages, seconds);
    }

    /** The time of each stage, as one line: "read 0.4 s · learn 0.1 s · …". */
    public String stageLine() {
        return stages.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }
}
