package dossier.rendering;

import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.model.UnDates;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Everything JBake's rendering needs from the earlier stages: the documents already read, their texts
 * already rendered and annotated (one pass each), the asides learned from every page, and the
 * cross-document pages. Handed to JBake through its configuration, as JBake creates rendering tools
 * itself; templates see it as config.dossier_plan.
 */
public final class RenderPlan {

    /** The configuration key under which the plan travels; templates see it as config.dossier_plan. */
    public static final String CONFIG_KEY = "dossier.plan";

    /** The site's pages and scripts from its root, as {@link PageAddress} states them: templates name a page as plan.address().search(). */
    public record Addresses(String home, String glossary, String citations, String subjects, String timeline, String notes,
                            String search, String about, String notFound, String feed, String documentOrders, String documentList,
                            String indexEntries, String searchIndex) {
    }

    private static final Addresses ADDRESSES = new Addresses(PageAddress.HOME, PageAddress.GLOSSARY, PageAddress.CITATIONS,
            PageAddress.SUBJECTS, PageAddress.TIMELINE, PageAddress.NOTES, PageAddress.SEARCH, PageAddress.ABOUT,
            PageAddress.NOT_FOUND, PageAddress.FEED, PageAddress.DOCUMENT_ORDERS, PageAddress.DOCUMENT_LIST, PageAddress.INDEX_ENTRIES,
            PageAddress.SEARCH_INDEX);

    /** Told of every page the rendering tool writes, with its ids and links. */
    public interface PageSink {
        void written(String file, PageLinks links);
    }

    /**
     * Document pages an earlier build rendered, by what they were made from: serve's rebuilds write a page
     * whose document, values and text are all equal as it was, instead of rendering it again.
     */
    public interface PageMemory {

        /** Remembers nothing: every page is rendered. */
        PageMemory NONE = new PageMemory() {
            @Override
            public String page(Document document, Map<String, Object> values, HtmlText text) {
                return null;
            }

            @Override
            public void keep(Document document, Map<String, Object> values, HtmlText text, String page) {
            }
        };

        /** The page rendered from these, or null. */
        String page(Document document, Map<String, Object> values, HtmlText text);

        /**
         * Of {@code documents} (with their texts), those whose page may differ from the one remembered, for serve
         * to render and show first; a page left out is checked again with every other when the site is rendered.
         * By default every document.
         */
        default List<Document> mayDiffer(List<Document> documents, Function<Document, HtmlText> texts) {
            return documents;
        }

        void keep(Document document, Map<String, Object> values, HtmlText text, String page);
    }

    private final String dossierTitle;
    private final List<Document> documents;
    private final DocumentList documentList;
    private final Map<String, Document> bySlug;
    private final DocumentAsides asides;
    private final List<DossierPage> pages;
    private final Map<String, HtmlText> texts;
    private final PageSink sink;
    private final PageMemory memory;

    /**
     * @param budget the most a page may weigh, past which the home page's list is grouped by year
     * @param texts each document's annotated text as HTML, by slug
     * @param sink  told of each page written
     * @param memory document pages rendered before
     */
    public RenderPlan(String dossierTitle, List<Document> documents, PageBudget budget, DocumentAsides asides, List<DossierPage> pages,
                      Map<String, HtmlText> texts, PageSink sink, PageMemory memory) {
        this.dossierTitle = dossierTitle;
        this.documents = order(documents);
        this.documentList = DocumentList.of(this.documents, budget);
        this.bySlug = documents.stream().collect(Collectors.toMap(Document::slug, Function.identity(), (first, same) -> first));
        this.asides = asides;
        this.pages = List.copyOf(pages);
        this.texts = Map.copyOf(texts);
        this.sink = sink;
        this.memory = memory;
    }

    /** The documents in the dossier's order ({@link Document#ORDER}). */
    public static List<Document> order(List<Document> documents) {
        return documents.stream().sorted(Document.ORDER).toList();
    }

    public String dossierTitle() {
        return dossierTitle;
    }

    public List<Document> documents() {
        return documents;
    }

    /** The home page's list: one list, or by year past the page budget (the 404 page then points to it instead of listing the documents). */
    public DocumentList documentList() {
        return documentList;
    }

    public DocumentAsides asides() {
        return asides;
    }

    public List<DossierPage> pages() {
        return pages;
    }

    public Optional<Document> document(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The document's annotated text as the pass holds it (the same object when the pass reused it). */
    HtmlText heldText(Document document) {
        HtmlText text = texts.get(document.slug());
        if (text == null) {
            throw new IllegalStateException("document " + document.slug() + " was not rendered by the pipeline");
        }
        return text;
    }

    PageSink sink() {
        return sink;
    }

    /** Every page's address from the site root, for templates. */
    public Addresses address() {
        return ADDRESSES;
    }

    PageMemory memory() {
        return memory;
    }

    /** The document's page from the site root, for templates: "documents/SLUG.html". */
    public String page(String slug) {
        return PageAddress.of(slug);
    }

    /** A place on a page, for templates: {@link PageAddress#at}, so a page's anchor is written as the model writes it. */
    public String at(String page, String anchor) {
        return PageAddress.at(page, anchor);
    }

    /** "28 November 2012", or empty when the date is unknown (for templates). */
    public String displayDate(Document document) {
        return document.metadata().date() == null ? "" : UnDates.display(document.metadata().date());
    }

    /** "2012-11-28", or empty when the date is unknown (for templates' datetime attributes). */
    public String isoDate(Document document) {
        return document.metadata().date() == null ? "" : document.metadata().date().toString();
    }

    public static RenderPlan from(JBakeConfiguration config) {
        Object plan = config.get(CONFIG_KEY);
        if (plan instanceof RenderPlan renderPlan) {
            return renderPlan;
        }
        throw new IllegalStateException("no render plan in the JBake configuration: bake through dossier's Pipeline");
    }
}
