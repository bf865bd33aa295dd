package dossier.build;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.Mark;
import dossier.annotation.Marking;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.publishing.InOrder;
import dossier.publishing.search.SearchIndex;
import dossier.rendering.DocumentHtml;
import dossier.rendering.HtmlText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The one pass over the documents: each one's text annotated (every annotator's marks, recorded in the
 * build's ledger) and rendered once with its marks, then read, while still in memory, for the search index
 * and the link check. Documents are done in parallel on every core; their results are taken in the dossier's
 * order, a few at a time, so memory holds only the finished texts and the search index.
 * A document the {@link PassMemory} holds, from an earlier build of serve's, is not annotated again: its
 * result is reused and what its annotation recorded in the ledger is recorded again.
 */
final class DocumentPass {

    /**
     * Each document's annotated text as HTML (with its links) by slug, and the search index of every
     * document, made once, when asked (serve's index gives way, between documents, to a newer change: the runnable throws).
     */
    record Result(Map<String, HtmlText> texts, Function<Runnable, SearchIndex> index) {
    }

    /** What the pass made of one document. */
    record Done(HtmlText html, SearchIndex.Page page) {
    }

    private DocumentPass() {
    }

    static Result run(List<Document> ordered, List<Annotator> annotators, Ledger ledger, PassMemory memory, Progress progress) {
        memory.learned(annotators);
        Map<String, HtmlText> texts = new HashMap<>();
        // A one-off build folds each document into the index as it comes, holding no document's search text
        // till the end. Serve keeps every document's result anyway, and indexes them only once the pages an
        // edit changed are shown.
        SearchIndex.Builder folded = new SearchIndex.Builder();
        List<Map.Entry<Document, SearchIndex.Page>> searched = new ArrayList<>();
        InOrder.each(ordered, document -> render(document, annotators, ledger, memory), (document, page) -> {
            texts.put(document.slug(), page.html());
            if (memory.keeps()) {
                searched.add(Map.entry(document, page.page()));
            } else {
                folded.add(document, page.page());
            }
            progress.at("rendering", texts.size(), ordered.size());
        });
        memory.retain(texts.keySet());
        // The index is made once, and what it was made from let go then rather than held while the rest of
        // the site is written (every paragraph's text: hundreds of megabytes at 10,000 documents).
        AtomicReference<Function<Runnable, SearchIndex>> index = new AtomicReference<>(memory.keeps() ? giveWay -> {
            SearchIndex.Builder later = new SearchIndex.Builder();
            searched.forEach(page -> {
                giveWay.run();
                later.add(page.getKey(), page.getValue());
            });
            return later.build();
        } : giveWay -> folded.build());
        return new Result(texts, giveWay -> index.getAndSet(null).apply(giveWay));
    }

    private static Done render(Document document, List<Annotator> annotators, Ledger ledger, PassMemory memory) {
        PassMemory.Kept kept = memory.kept(document);
        if (kept != null) {
            ledger.replay(document.slug(), kept.records());
            return kept.done();
        }
        DocumentText text = DocumentText.of(document);
        List<Mark> marks = Marking.annotate(text, annotators);
        Done done = new Done(HtmlText.of(DocumentHtml.render(text, marks)), SearchIndex.page(text, marks));
        memory.keep(document, done, ledger);
        return done;
    }
}
