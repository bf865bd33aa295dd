package dossier.annotation.references;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates show of citations: plain records, every address already relative to the page.
 * Templates receive them as maps ({@code asMap()}), as templates of every kind read them.
 */
public final class CitationViews {

    private CitationViews() {
    }

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
    public record Entry(String symbol, String title, String part, String slug, String href, boolean external,
                        List<ParagraphLink> paragraphs) {

        /** How a list names it: the symbol, or the title when no symbol is printed. */
        public String name() {
            return symbol.isEmpty() ? title : symbol;
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
    public record Relation(String label, Entry document) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = document.asMap();
            map.put("label", label);
            return map;
        }
    }

    /** A document cited anywhere in the dossier, with every document that cites it. */
    public record CitedWork(String id, Entry work, List<Entry> citedIn) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = work.asMap();
            map.put("id", id);
            map.put("cited_in", citedIn.stream().map(Entry::asMap).toList());
            return map;
        }
    }

    /** The cited documents of one body, sorted by symbol. */
    public record BodySection(String body, String id, List<CitedWork> works) {

        public Map<String, Object> asMap() {
            return Map.of("body", body, "id", id, "works", works.stream().map(CitedWork::asMap).toList());
        }
    }
}
