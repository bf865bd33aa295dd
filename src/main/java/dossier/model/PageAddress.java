package dossier.model;

/**
 * Where the site's pages are: the one statement of every page's address. Addresses are relative to the
 * site root unless said otherwise.
 */
public final class PageAddress {

    /** The folder of document pages. */
    public static final String FOLDER = "documents/";
    /** The home page: the list of documents. */
    public static final String HOME = "index.html";
    public static final String GLOSSARY = "glossary.html";
    public static final String CITATIONS = "citations.html";
    /** The index of subjects (index.html is the home page). */
    public static final String SUBJECTS = "subjects.html";
    public static final String TIMELINE = "timeline.html";
    public static final String NOTES = "notes.html";
    public static final String SEARCH = "search.html";
    /** The editor's page about the dossier, when there is one. */
    public static final String ABOUT = "pages/about.html";
    /** The page a web server shows for an address the site does not have. */
    public static final String NOT_FOUND = "404.html";
    /** A public site's feed of new documents. */
    public static final String FEED = "feed.xml";
    /**
     * The scripts the build writes for its pages (a page opened from disk may load a script, not fetch a file):
     * the orders of the home page's list, or the counts of a list by year, whose parts' scripts are in
     * {@link #DOCUMENT_LIST_PARTS}; the index's entries for the search page; the search index's parts, of
     * which the search page loads the first ({@link #SEARCH_INDEX}) and js/search.js the others.
     */
    public static final String DOCUMENT_ORDERS = "document-orders.js";
    public static final String DOCUMENT_LIST = "document-list.js";
    public static final String DOCUMENT_LIST_PARTS = "document-list";
    public static final String INDEX_ENTRIES = "index-entries.js";
    public static final String SEARCH_PARTS = "search";
    public static final String SEARCH_FIRST_PART = "index";
    private static final String EXTENSION = ".html";
    private static final String SCRIPT = ".js";
    public static final String SEARCH_INDEX = SEARCH_PARTS + "/" + SEARCH_FIRST_PART + SCRIPT;

    private PageAddress() {
    }

    /** "documents/SLUG.html". */
    public static String of(String slug) {
        return FOLDER + fileName(slug);
    }

    /** "SLUG.html": the page from another document page. */
    public static String fileName(String slug) {
        return slug + EXTENSION;
    }

    /**
     * A page of those a page of the site is split into, named after it and what it holds:
     * {@code part(GLOSSARY, "e")} is "glossary-e.html", {@code part(TIMELINE, "2012", "03")} "timeline-2012-03.html".
     */
    public static String part(String page, String... names) {
        return stem(page) + "-" + String.join("-", names) + EXTENSION;
    }

    /** A page's address without its extension: "documents/s-2012-894" for "documents/s-2012-894.html". */
    public static String stem(String page) {
        return page.substring(0, page.length() - EXTENSION.length());
    }

    /** The script {@code name} in {@code folder}: "search/t3.js". */
    public static String script(String folder, String name) {
        return folder + "/" + name + SCRIPT;
    }

    /** Whether a file of the site, by its name, is a page. */
    public static boolean isPage(String fileName) {
        return fileName.endsWith(EXTENSION);
    }

    /** The {@code n}th of a run of pages (1 for the first): "glossary-e.html", then "glossary-e-2.html" … */
    public static String numbered(String page, int n) {
        return n == 1 ? page : part(page, String.valueOf(n));
    }

    /**
     * The {@code n}th page listing every use of an entry of {@code page} (1 for the first), named after the
     * entry: "glossary-ecowas-uses.html", "glossary-ecowas-uses-2.html" …
     */
    public static String uses(String page, String entry, int n) {
        return numbered(part(page, entry, "uses"), n);
    }

    /** A file about the document beside its page, "documents/SLUG.ris" for {@code extension} "ris" (its citation downloads). */
    public static String beside(String slug, String extension) {
        return FOLDER + slug + "." + extension;
    }

    /** The page of {@code slug} from a page whose way to the site root is {@code toRoot} ("", "../"). */
    public static String from(String toRoot, String slug) {
        return toRoot + of(slug);
    }

    /** A place on a page: "documents/s-2012-894.html#para-12", or the page itself for the anchor "". */
    public static String at(String page, String anchor) {
        return anchor.isEmpty() ? page : page + "#" + anchor;
    }

    /** A page at the site root ({@link #GLOSSARY} …) as a document page links to it. */
    public static String fromDocument(String page) {
        return "../" + page;
    }
}
