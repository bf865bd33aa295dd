package dossier.build;

import dossier.model.Document;
import dossier.rendering.Deflated;
import dossier.rendering.DossierPage;
import dossier.rendering.HtmlText;
import dossier.rendering.RenderPlan;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The document pages of serve's last build, for the next: a page is the template's rendering of its
 * document, its values (asides included), its annotated text, and what every page shares (the dossier's
 * settings, the cross-document pages the navigation lists); a page whose three own inputs are equal, under
 * the same shared ones, is the same page. The templates, assets and other files every page may read are
 * {@link WarmBuild}'s to watch: it forgets every page when one changes. One page is kept per document.
 */
final class PageKeeper implements RenderPlan.PageMemory {

    /** The page is held {@link Deflated}: the whole site's document pages are held at once (gigabytes at 10,000 documents). */
    private record Kept(Document document, Map<String, Object> values, HtmlText text, Deflated page) {
    }

    private final boolean keeping;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private Object shared;
    private List<DossierPage> laidOut;

    private PageKeeper(boolean keeping) {
        this.keeping = keeping;
    }

    /** Keeps every page rendered, for serve. */
    static PageKeeper keeping() {
        return new PageKeeper(true);
    }

    /** Keeps nothing: a one-off build renders every page once. */
    static PageKeeper none() {
        return new PageKeeper(false);
    }

    /** What a cross-document page gives every page (the navigation): its file, title, template and whether it is listed. */
    private static List<Object> layoutOf(DossierPage page) {
        return List.of(page.file(), page.title(), page.template(), page.listed());
    }

    /**
     * The memory for a build whose pages share the settings and the cross-document pages' layout; every page
     * is forgotten when these differ from the last build's.
     */
    synchronized RenderPlan.PageMemory forSite(Object settings, List<DossierPage> dossierPages) {
        if (!keeping) {
            return RenderPlan.PageMemory.NONE;
        }
        Object inputs = List.of(settings, dossierPages.stream().map(PageKeeper::layoutOf).toList());
        if (!inputs.equals(shared)) {
            kept.clear();
            shared = inputs;
            // Their layout alone, not what they were made from (the last build's whole dossier).
            laidOut = dossierPages.stream().map(p -> new DossierPage(p.file(), p.template(), p.title(), Map::of, p.listed())).toList();
        }
        return this;
    }

    /**
     * The cross-document pages as the last build laid them out, without their content, or null if none is
     * known: what the navigation of the pages kept lists, for serve to show an edit's pages before the
     * new cross-document pages are made (they take longer than the pages).
     */
    synchronized List<DossierPage> laidOut() {
        return laidOut;
    }

    /** Forgets every page: the next build renders them all. */
    synchronized void clear() {
        kept.clear();
        shared = null;
        laidOut = null;
    }

    @Override
    public String page(Document document, Map<String, Object> values, HtmlText text) {
        Kept last = kept.get(document.slug());
        // A text the pass reused is the same object: it is decoded to be compared only when made again.
        return last != null && (last.text() == text || last.text().html().equals(text.html())) && last.values().equals(values)
                && (last.document() == document || last.document().equals(document)) ? last.page().text() : null;
    }

    /**
     * The documents whose page may differ from the one kept: a document or text that is not the one its page
     * was made from (a source read again, or annotated again), and the pages whose asides name such a
     * document: those its text links to, before or after (their "Cited by"), and those declaring a relation
     * to its symbol, old or new. Documents gone count as changed. Identities only, no page compared: for
     * serve to show these first; the site's rendering checks every page after.
     */
    @Override
    public List<Document> mayDiffer(List<Document> documents, Function<Document, HtmlText> texts) {
        Set<String> affected = new HashSet<>();
        Set<String> symbols = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (Document document : documents) {
            present.add(document.slug());
            Kept last = kept.get(document.slug());
            HtmlText text = texts.apply(document);
            if (last == null || last.document() != document || last.text() != text) {
                affected.add(document.slug());
                affected.addAll(text.linkedDocuments());
                symbols.add(document.metadata().symbol());
                if (last != null) {
                    changed(last, affected, symbols);
                }
            }
        }
        kept.forEach((slug, last) -> {
            if (!present.contains(slug)) {
                changed(last, affected, symbols);
            }
        });
        symbols.remove("");
        return documents.stream().filter(d -> affected.contains(d.slug())
                || d.metadata().relations().stream().anyMatch(r -> symbols.contains(r.symbol()))).toList();
    }

    /** What a page made before named of other documents: they may name it in turn. */
    private static void changed(Kept last, Set<String> affected, Set<String> symbols) {
        affected.addAll(last.text().linkedDocuments());
        symbols.add(last.document().metadata().symbol());
    }

    @Override
    public void keep(Document document, Map<String, Object> values, HtmlText text, String page) {
        kept.put(document.slug(), new Kept(document, values, text, Deflated.of(page)));
    }

    /** Forgets the pages of documents the dossier no longer has. */
    void retain(Set<String> slugs) {
        kept.keySet().retainAll(slugs);
    }
}
