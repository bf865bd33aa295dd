package dossier.annotation;

import dossier.model.Document;
import java.util.function.Function;

/**
 * Where a learner's work on one document is kept between builds: what a pure function of a document gives
 * (its dates, its acronym definitions) is the same for an equal document, so serve's next build takes it
 * again for every document an edit did not change. A learner asks through this for each document; the
 * build decides whether anything is kept ({@link #NONE}: a one-off build works everything out once).
 */
public interface DocumentMemo {

    /** Keeps nothing: every result is worked out. */
    DocumentMemo NONE = new DocumentMemo() {
        @Override
        public <T> T of(Kind<T> kind, Document document, Function<Document, T> work) {
            return work.apply(document);
        }
    };

    /** One learner's function of a document, named once; its results are kept apart from other kinds'. */
    record Kind<T>(String name) {
    }

    /**
     * What {@code work} gives for {@code document}; a kept result when an equal document was given it
     * before. {@code work} must depend on the document alone and be the same function for one kind.
     */
    <T> T of(Kind<T> kind, Document document, Function<Document, T> work);
}
