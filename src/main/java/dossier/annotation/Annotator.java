package dossier.annotation;

import dossier.model.Document;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * One kind of annotation (acronyms, cross-references …) added to a document's rendered text. An
 * annotator is built from what the build learned of the whole dossier, so it runs only after every
 * document has been read.
 */
public interface Annotator {

    /** Annotates {@code text}, the element whose id is "document-text", in place. Never changes its words. */
    void annotate(Document document, Element text);

    /** Values this annotator gives the document's page template (its asides), by name. */
    default Map<String, Object> pageData(Document document) {
        return Map.of();
    }
}
