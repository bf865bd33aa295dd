package dossier.publishing.search;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.Marking;
import dossier.annotation.acronyms.Glossary;
import dossier.annotation.references.ReferenceAnnotator;
import dossier.model.Document;
import dossier.model.DocumentText;
import java.nio.file.Path;
import java.util.List;

/**
 * The search index of a dossier's documents, made as the build makes it: each text with the marks that
 * search reads (references, inside which a glossary use is printed differently, and glossary uses).
 */
final class ModelIndex {

    private ModelIndex() {
    }

    /** The index of documents in the given order; {@code content} is the dossier's content folder (its glossary). */
    static SearchIndex of(List<Document> documents, Path content) {
        Ledger ledger = new Ledger();
        List<Annotator> annotators = List.of(ReferenceAnnotator.learn(documents, ledger), Glossary.learn(documents, content).annotator(ledger));
        SearchIndex.Builder builder = new SearchIndex.Builder();
        for (Document document : documents) {
            DocumentText text = DocumentText.of(document);
            builder.add(document, SearchIndex.page(text, Marking.annotate(text, annotators)));
        }
        return builder.build();
    }
}
