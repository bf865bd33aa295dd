package dossier.rendering;

import dossier.annotation.Annotator;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Metadata;
import dossier.model.UnDates;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.jsoup.nodes.Element;

/**
 * JBake's markup engine for raw UN text (.txt). The pipeline has already read every source into a
 * model and learned from all of them; this engine looks the model up, renders it, lets every
 * annotator work on it, and hands JBake the page body and metadata.
 */
public class UnTextEngine extends MarkupEngine {

    /** Document type of UN documents; its template is document.ftlh. */
    public static final String TYPE = "document";

    @Override
    public void processHeader(ParserContext context) {
        Document document = document(context);
        Metadata metadata = document.metadata();
        DocumentModel model = context.getDocumentModel();
        model.setType(TYPE);
        model.setStatus("published");
        model.setTitle(metadata.title());
        if (metadata.date() != null) {
            context.setDate(Date.from(metadata.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        model.put("slug", document.slug());
        model.put("symbol", metadata.symbol());
        model.put("kind", metadata.kind().label());
        model.put("issuing_body", metadata.body());
        model.put("document_date", metadata.date() == null ? "" : UnDates.display(metadata.date()));
        model.put("iso_date", metadata.date() == null ? "" : metadata.date().toString());
        model.put("toc", tableOfContents(document));
        model.put("title_printed", DocumentHtml.printsTitle(document));
        model.put("header", document.header());
        for (Annotator annotator : RenderPlan.from(context.getConfig()).annotators()) {
            annotator.pageData(document).forEach(model::put);
        }
    }

    /** Headings and annexes as plain maps: JBake's content store keeps only plain values. */
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

    @Override
    public void processBody(ParserContext context) {
        Document document = document(context);
        Element text = DocumentHtml.render(document);
        List<Annotator> annotators = RenderPlan.from(context.getConfig()).annotators();
        for (Annotator annotator : annotators) {
            annotator.annotate(document, text);
        }
        context.setBody(text.outerHtml());
    }

    private static Document document(ParserContext context) {
        String slug = Document.slugOf(context.getFile().getName());
        return RenderPlan.from(context.getConfig()).document(slug).orElseThrow(() -> new IllegalStateException(
                "source " + context.getFile() + " was not read by the pipeline"));
    }
}
