package dossier.annotation;

import dossier.model.DocumentText;
import java.util.List;
import java.util.Set;

/**
 * One kind of annotation (references, acronyms, index mentions, editor's notes): it reads a document's
 * passages and returns marks on them, never HTML. An annotator is built from what the build learned of
 * the whole dossier, so it runs only after every document has been read. Which of its marks the page
 * keeps is decided by {@link Marking}; it then records those in the build's ledger.
 */
public interface Annotator {

    /** The kind of every mark this annotator makes. */
    Mark.Kind kind();

    /** The kinds of mark this one needs to see first (as it must not cut through them): they are given to {@link #marks}. */
    default Set<Mark.Kind> after() {
        return Set.of();
    }

    /** The marks on the document's text; {@code earlier} are the marks kept of the kinds in {@link #after()}, in text order. */
    List<Mark> marks(DocumentText text, List<Mark> earlier);

    /** Records what the page keeps of its marks (in the order it made them) in the build's ledger; {@code earlier} as for {@link #marks}. */
    default void record(DocumentText text, List<Mark> earlier, List<Mark> kept) {
    }

    /**
     * What this annotator learned of the whole dossier, as a value: two annotators with equal values make
     * the same marks, and record the same, on the same text, so serve's rebuilds reuse a document's
     * annotation while both stay equal. By default the annotator itself, equal to no other: every document
     * is annotated again.
     */
    default Object learned() {
        return this;
    }
}
