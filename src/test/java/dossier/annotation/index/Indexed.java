package dossier.annotation.index;

import dossier.annotation.Ledger;
import dossier.annotation.acronyms.Glossary;
import dossier.model.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/** An index learned from a registry and filled in as the build's annotation pass fills it: each page once. */
final class Indexed {

    private Indexed() {
    }

    /** @param page a document's text as its page shows it */
    static DossierIndex index(List<Document> documents, Path content, Function<Document, Element> page) {
        DossierIndex index = DossierIndex.learn(documents, content, Glossary.learn(documents, content), new Ledger());
        for (Document document : documents) {
            index.annotator().annotate(document, page.apply(document));
        }
        return index;
    }
}
