package dossier.build;

import dossier.annotation.DocumentMemo;
import dossier.model.Document;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serve's {@link DocumentMemo}: for each kind, the last result worked out for each document, kept while the
 * document is equal (an unchanged source's model is the same object from one build to the next, so the
 * check is mostly an identity). One result per document and kind: it does not grow from one build to the next.
 */
final class DocumentResults implements DocumentMemo {

    private record Kept(Document document, Object result) {
    }

    private final Map<Kind<?>, Map<String, Kept>> kept = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T of(Kind<T> kind, Document document, Function<Document, T> work) {
        Map<String, Kept> results = kept.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        Kept last = results.get(document.slug());
        if (last != null && (last.document() == document || last.document().equals(document))) {
            return (T) last.result();
        }
        T result = work.apply(document);
        results.put(document.slug(), new Kept(document, result));
        return result;
    }

    /** Forgets the documents a build no longer has. */
    void retain(Set<String> slugs) {
        kept.values().forEach(results -> results.keySet().retainAll(slugs));
    }
}
