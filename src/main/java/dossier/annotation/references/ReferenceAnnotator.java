package dossier.annotation.references;

import dossier.annotation.Annotator;
import dossier.annotation.DocumentMemo;
import dossier.annotation.Ledger;
import dossier.annotation.Mark;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.model.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks every reference in a document's text with where it leads: a dossier page (and paragraph) when
 * the document is in the dossier, a paragraph of the same page, or a UN document outside the dossier.
 * What it linked is its {@link CitationIndex}: who cites whom.
 */
public final class ReferenceAnnotator implements Annotator {

    /** The ledger's record of every reference to another document, at its citing paragraph. */
    static final Ledger.Kind<Target> CITATIONS = new Ledger.Kind<>("citations");

    /** A reference found in a text, with where it leads. */
    record Link(Mention mention, Target target) {
    }

    private final List<Document> documents;
    private final DossierCatalogue catalogue;
    private final Ledger ledger;
    private CitationIndex index;

    private ReferenceAnnotator(List<Document> documents, Ledger ledger, DocumentMemo memo) {
        this.documents = List.copyOf(documents);
        this.catalogue = new DossierCatalogue(documents, memo);
        this.ledger = ledger;
    }

    /** Learns the catalogue of documents and symbols from the model of every document. */
    public static ReferenceAnnotator learn(List<Document> documents, Ledger ledger) {
        return learn(documents, ledger, DocumentMemo.NONE);
    }

    /** As {@link #learn(List, Ledger)}, taking what an unchanged document offers references from {@code memo}. */
    public static ReferenceAnnotator learn(List<Document> documents, Ledger ledger, DocumentMemo memo) {
        return new ReferenceAnnotator(documents, ledger, memo);
    }

    @Override
    public Mark.Kind kind() {
        return Mark.Kind.REFERENCE;
    }

    /** A mark on every reference that leads somewhere else than where it stands; its payload is the {@link Target}. */
    @Override
    public List<Mark> marks(DocumentText text, List<Mark> earlier) {
        Document document = text.document();
        List<Mark> marks = new ArrayList<>();
        for (Passage passage : text.passages()) {
            for (Link link : links(passage.text(), document)) {
                if (!leadsWhereItStands(document, link.target(), passage)) {
                    marks.add(new Mark(passage.index(), link.mention().start(), link.mention().end(), kind(), link.target()));
                }
            }
        }
        return marks;
    }

    /** The catalogue is all a reference's target depends on, beside the citing document. */
    @Override
    public Object learned() {
        return catalogue.learned();
    }

    /** Every reference the page links to another document, at its citing paragraph. */
    @Override
    public void record(DocumentText text, List<Mark> earlier, List<Mark> kept) {
        String slug = text.document().slug();
        for (Mark mark : kept) {
            Target target = (Target) mark.payload();
            if (!target.slug().equals(slug)) {
                ledger.record(CITATIONS, slug, text.passages().get(mark.passage()).anchor(), target);
            }
        }
    }

    /** Every reference in {@code text} (a paragraph of {@code citing}) that leads somewhere, in order. */
    List<Link> links(String text, Document citing) {
        List<Link> links = new ArrayList<>();
        for (Mention mention : ReferenceRecognizer.find(text, citing.metadata().body())) {
            catalogue.resolve(mention, citing).ifPresent(target -> links.add(new Link(mention, target)));
        }
        return links;
    }

    /** Who cites whom, as every page links it; read once every document is annotated. */
    public synchronized CitationIndex index() {
        if (index == null) {
            index = new CitationIndex(documents, ledger);
        }
        return index;
    }

    /** An annex's title naming the annexed letter, a paragraph naming itself: a link there would go nowhere. */
    private static boolean leadsWhereItStands(Document document, Target target, Passage passage) {
        return target.slug().equals(document.slug()) && passage.anchors().contains(target.anchor());
    }
}
