package dossier.annotation.references;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.PageContract;
import dossier.model.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Turns every reference in a document's text into a link: to a dossier page (and paragraph) when the
 * document is in the dossier, to a paragraph of the same page, or to the UN's resolver otherwise, marked
 * as leaving the site. Gives the page its "Cites", "Cited by" and declared relations.
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

    private ReferenceAnnotator(List<Document> documents, Ledger ledger) {
        this.documents = List.copyOf(documents);
        this.catalogue = new DossierCatalogue(documents);
        this.ledger = ledger;
    }

    /** Learns the catalogue of documents and symbols from the model of every document. */
    public static ReferenceAnnotator learn(List<Document> documents, Ledger ledger) {
        return new ReferenceAnnotator(documents, ledger);
    }

    @Override
    public void annotate(Document document, Element text) {
        Set<String> anchors = new HashSet<>(document.anchors());
        for (Element block : TextRuns.blocks(text)) {
            String paragraph = paragraphOf(block, text, anchors);
            // The block's words are read afresh for each link: wrapping splits text nodes, and the hint an
            // external link adds is data-added, so it is not among the words.
            for (Link link : links(TextRuns.of(block).text(), document)) {
                if (leadsWhereItStands(document, link.target(), block)) {
                    continue;
                }
                Element a = linkElement(document, link.target());
                if (TextRuns.of(block).wrap(link.mention().start(), link.mention().end(), a)) {
                    if (!link.target().slug().equals(document.slug())) {
                        ledger.record(CITATIONS, document.slug(), paragraph, link.target());
                    }
                    if (!link.target().inDossier()) {
                        a.appendElement("span").addClass("ref-external-hint").addClass("visually-hidden").attr(PageContract.ADDED_ATTRIBUTE, "").text(" (external link)");
                    }
                }
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

    /** The citing paragraph: the closest anchor of the document's model around the block ("" if none). */
    private static String paragraphOf(Element block, Element root, Set<String> anchors) {
        for (Element e = block; e != null && e != root; e = e.parent()) {
            if (anchors.contains(e.id())) {
                return e.id();
            }
        }
        return "";
    }

    /** Who cites whom, as every page links it; read once every document is annotated. */
    public synchronized CitationIndex index() {
        if (index == null) {
            index = new CitationIndex(documents, ledger);
        }
        return index;
    }

    @Override
    public Map<String, Object> pageData(Document document) {
        return index().pageData(document);
    }

    /** An annex's title naming the annexed letter, a paragraph naming itself: a link there would go nowhere. */
    private static boolean leadsWhereItStands(Document document, Target target, Element block) {
        if (!target.slug().equals(document.slug())) {
            return false;
        }
        for (Element e = block; e != null; e = e.parent()) {
            if (e.id().equals(target.anchor())) {
                return true;
            }
        }
        return false;
    }

    private static Element linkElement(Document document, Target target) {
        Element a = new Element("a");
        if (target.slug().equals(document.slug())) {
            return a.attr("href", "#" + target.anchor()).addClass("ref").addClass("ref-paragraph");
        }
        if (target.inDossier()) {
            return a.attr("href", target.href("")).addClass("ref").addClass("ref-dossier");
        }
        return a.attr("href", target.href("")).attr("rel", "external").addClass("ref").addClass("ref-external");
    }
}
