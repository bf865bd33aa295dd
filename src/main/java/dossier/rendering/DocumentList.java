package dossier.rendering;

import dossier.model.PageAddress;
import dossier.model.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page's list of documents at any size. While the dossier is small it is one list, as a small dossier
 * always had. Past {@link PageBudget#documentsPerPart()} documents it is grouped by year: each year in parts of
 * at most that many documents, the first parts listed on the page and the rest written as small scripts
 * (document-list/2012.js) that the page loads when a reader asks for a year (js/documents.js), beside a
 * compact script (document-list.js) that lets the page's kind, body and year lists count every document.
 *
 * @param documents every document, in {@link Document#ORDER}
 * @param years     the years, oldest first, undated documents last; empty while the list is one list
 */
public record DocumentList(List<Document> documents, List<Year> years) {

    /** Where the parts' scripts are, under the site's root. */
    public static final String FOLDER = PageAddress.DOCUMENT_LIST_PARTS;

    /**
     * A run of a year's documents, listed on the page or loaded with its script.
     *
     * @param index its place among every year's parts, from 0
     * @param file  its script, from the site's root ("document-list/2012-2.js")
     * @param shown whether the page lists it
     */
    public record Part(int index, String file, List<Document> documents, boolean shown) {
    }

    /**
     * A year's documents.
     *
     * @param year "2012", or empty for undated documents
     */
    public record Year(String year, List<Part> parts) {

        public int count() {
            return parts.stream().mapToInt(p -> p.documents().size()).sum();
        }

        /** The documents the page lists for it. */
        public List<Document> shown() {
            return parts.stream().filter(Part::shown).flatMap(p -> p.documents().stream()).toList();
        }
    }

    public static DocumentList of(List<Document> ordered, PageBudget budget) {
        int perPart = budget.documentsPerPart();
        if (ordered.size() <= perPart) {
            return new DocumentList(ordered, List.of());
        }
        Map<String, List<Document>> byYear = new LinkedHashMap<>();
        ordered.forEach(d -> byYear.computeIfAbsent(yearOf(d), y -> new ArrayList<>()).add(d));
        List<Year> years = new ArrayList<>();
        int index = 0;
        int listed = 0;
        boolean showing = true;
        for (Map.Entry<String, List<Document>> year : byYear.entrySet()) {
            List<Part> parts = new ArrayList<>();
            List<Document> documents = year.getValue();
            for (int from = 0; from < documents.size(); from += perPart) {
                List<Document> part = documents.subList(from, Math.min(documents.size(), from + perPart));
                // The oldest parts are listed on the page, as many as fit in one part's room, the first at least.
                showing = showing && (index == 0 || listed + part.size() <= perPart);
                boolean shown = showing;
                String name = (year.getKey().isEmpty() ? "undated" : year.getKey()) + (parts.isEmpty() ? "" : "-" + (parts.size() + 1));
                parts.add(new Part(index++, PageAddress.script(FOLDER, name), List.copyOf(part), shown));
                listed += shown ? part.size() : 0;
            }
            years.add(new Year(year.getKey(), List.copyOf(parts)));
        }
        return new DocumentList(ordered, List.copyOf(years));
    }

    /** Whether the list is grouped by year, parts of it loaded on demand. */
    public boolean split() {
        return !years.isEmpty();
    }

    /** Every part, in order. */
    public List<Part> parts() {
        return years.stream().flatMap(y -> y.parts().stream()).toList();
    }

    private static String yearOf(Document document) {
        return document.metadata().date() == null ? "" : String.valueOf(document.metadata().date().getYear());
    }
}
