package dossier.build;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.model.Document;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the document pass made of each document in serve's last build, for the next: a document whose model
 * is equal, annotated by annotators that learned the same of the dossier ({@link Annotator#learned}), is
 * annotated the same, so its result and its ledger records are reused. When the annotators learned anything
 * else (a new acronym defined, a title changed, a paragraph added …) every document is annotated again.
 * It holds one result per document: it does not grow from one build to the next.
 */
final class PassMemory {

    /** A document as last annotated, what the pass made of it, and what its annotation recorded. */
    record Kept(Document document, DocumentPass.Done done, Ledger.Records records) {
    }

    private final boolean keeping;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private List<Object> learned;
    private final AtomicInteger annotated = new AtomicInteger();

    private PassMemory(boolean keeping) {
        this.keeping = keeping;
    }

    /** Keeps each document's result, for serve's next build. */
    static PassMemory keeping() {
        return new PassMemory(true);
    }

    /** Keeps nothing: a one-off build annotates every document once, and holds no result past its use. */
    static PassMemory none() {
        return new PassMemory(false);
    }

    /** Whether it keeps each document's result, as serve's does. */
    boolean keeps() {
        return keeping;
    }

    /** Starts a pass with these annotators; forgets every document if they learned something else than the last ones. */
    synchronized void learned(List<Annotator> annotators) {
        List<Object> now = annotators.stream().map(Annotator::learned).toList();
        if (!now.equals(learned)) {
            kept.clear();
        }
        learned = now;
        annotated.set(0);
    }

    /** How many documents the pass begun last annotated (the others' results it reused). */
    int annotated() {
        return annotated.get();
    }

    /** The document's last result, if the document is the same; null if it must be annotated. */
    Kept kept(Document document) {
        Kept last = kept.get(document.slug());
        return last != null && (last.document() == document || last.document().equals(document)) ? last : null;
    }

    /** Keeps the document's result, just annotated, and what its annotation recorded in the ledger. */
    void keep(Document document, DocumentPass.Done done, Ledger ledger) {
        annotated.incrementAndGet();
        if (keeping) {
            kept.put(document.slug(), new Kept(document, done, ledger.of(document.slug())));
        }
    }

    /** Forgets the documents a build no longer has. */
    void retain(Set<String> slugs) {
        kept.keySet().retainAll(slugs);
    }

    /** Forgets everything: the next pass annotates every document. */
    synchronized void clear() {
        kept.clear();
        learned = null;
    }
}
