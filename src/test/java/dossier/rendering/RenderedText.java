package dossier.rendering;

import dossier.annotation.Annotator;
import dossier.annotation.Marking;
import dossier.model.Document;
import dossier.model.DocumentText;
import java.util.List;
import org.jsoup.nodes.Element;

/** For annotators' tests: a document's text with these annotators' marks, rendered as its page renders it. */
public final class RenderedText {

    private RenderedText() {
    }

    /** The element "document-text". */
    public static Element of(Document document, List<Annotator> annotators) {
        DocumentText text = DocumentText.of(document);
        return DocumentHtml.render(text, Marking.annotate(text, annotators));
    }
}
