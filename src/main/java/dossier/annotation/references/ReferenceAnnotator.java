package dossier.annotation.references;

import dossier.annotation.Annotator;
import dossier.annotation.PageContract;
import dossier.model.Document;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Turns every reference in a document's text into a link: to a dossier page (and paragraph) when the
 * document is in the dossier, to a paragraph of the same page, or to the UN's resolver otherwise, marked
 * as leaving the site. Gives the page its "Cites", "Cited by" and declared relations.
 */
final class ReferenceAnnotator implements Annotator {

    private final CitationIndex index;

    ReferenceAnnotator(CitationIndex index) {
        this.index = index;
    }

    @Override
    public void annotate(Document document, Element text) {
        for (Element block : TextRuns.blocks(text)) {
            // The block's words are read afresh for each link: wrapping splits text nodes, and the hint an
            // external link adds is data-added, so it is not among the words.
            for (CitationIndex.Link link : index.links(TextRuns.of(block).text(), document)) {
                if (leadsWhereItStands(document, link.target(), block)) {
                    continue;
                }
                Element a = linkElement(document, link.target());
                if (TextRuns.of(block).wrap(link.mention().start(), link.mention().end(), a) && !link.target().inDossier()) {
                    a.appendElement("span").addClass("ref-external-hint").addClass("visually-hidden").attr(PageContract.ADDED_ATTRIBUTE, "").text(" (external link)");
                }
            }
        }
    }

    @Override
    public Map<String, Object> pageData(Document document) {
        return index.pageData(document);
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
