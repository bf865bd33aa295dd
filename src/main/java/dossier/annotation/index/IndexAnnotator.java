package dossier.annotation.index;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.model.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds where each document speaks of an index entry and records it as a locator (document and
 * paragraph). It changes nothing on the page: the index page links to the paragraphs, and the
 * document's aside (parts/index-aside.ftl) lists the entries.
 */
public final class IndexAnnotator implements Annotator {

    /** Where the index page is from a document page (documents/slug.html). */
    static final String INDEX_FROM_DOCUMENT = "../" + DossierIndex.PAGE;

    private final DossierIndex index;
    private final VariantMatcher matcher;
    private final Ledger ledger;

    IndexAnnotator(DossierIndex index, VariantMatcher matcher, Ledger ledger) {
        this.index = index;
        this.matcher = matcher;
        this.ledger = ledger;
    }

    /** Records the document's locators in the ledger: one per entry and paragraph. */
    @Override
    public void annotate(Document document, Element text) {
        Set<String> seen = new HashSet<>();
        for (ParagraphTexts.Paragraph paragraph : ParagraphTexts.of(text, Set.copyOf(document.anchors()))) {
            for (VariantMatcher.Match match : matcher.find(paragraph.text())) {
                if (seen.add(paragraph.anchor() + " " + match.entryId())) {
                    ledger.record(DossierIndex.LOCATORS, document.slug(), paragraph.anchor(),
                            new Locator(document.slug(), paragraph.anchor(), match.entryId(), match.written()));
                }
            }
        }
    }

    /**
     * Values for the "In the index" aside: a list of maps with href, heading, qualifier and count (of
     * paragraphs), in index order. Plain maps of text, as JBake's content store keeps only plain values.
     */
    @Override
    public Map<String, Object> pageData(Document document) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (DossierIndex.Mentioned mentioned : index.mentionedIn(document.slug())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("href", INDEX_FROM_DOCUMENT + "#" + mentioned.entry().id());
            item.put("heading", mentioned.entry().heading());
            item.put("qualifier", mentioned.entry().qualifier());
            item.put("category", mentioned.entry().category().key());
            item.put("count", mentioned.paragraphs());
            entries.add(item);
        }
        return Map.of("index_entries", entries);
    }
}
