package dossier.rendering;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Metadata;
import dossier.model.PageAddress;
import dossier.model.UnDates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's page: the values its template (document.ftlh) shows around its text (which {@link DocumentHtml}
 * renders with its marks). The values are plain strings, lists and maps, as templates of every kind read them.
 */
public final class DocumentPage {

    /** Document type of UN documents' pages; its template is document.ftlh. */
    public static final String TYPE = "document";
    public static final String TEMPLATE = "document.ftlh";

    private DocumentPage() {
    }

    /**
     * The template's values for the page, its asides included: read once every document has
     * been annotated, as asides such as "Cited by" come from other documents' pages.
     */
    public static Map<String, Object> values(Document document, DocumentAsides asides) {
        Metadata metadata = document.metadata();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("slug", document.slug());
        values.put("page", PageAddress.of(document.slug()));
        values.put("symbol", metadata.symbol());
        values.put("kind", metadata.kind().label());
        values.put("issuing_body", metadata.body());
        values.put("document_date", metadata.date() == null ? "" : UnDates.display(metadata.date()));
        values.put("iso_date", metadata.date() == null ? "" : metadata.date().toString());
        values.put("toc", tableOfContents(document));
        values.put("title_printed", DocumentHtml.printsTitle(document));
        values.put("header", document.header());
        values.putAll(asides.values(document));
        return values;
    }

    /** Headings and annexes as plain maps. */
    private static List<Map<String, Object>> tableOfContents(Document document) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Block block : document.anchoredBlocks()) {
            if (block.type() == Block.Type.HEADING || block.type() == Block.Type.ANNEX) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("anchor", block.anchor());
                entry.put("number", block.number());
                entry.put("text", block.text());
                entry.put("level", Math.max(1, block.level()));
                entries.add(entry);
            }
        }
        return entries;
    }
}
