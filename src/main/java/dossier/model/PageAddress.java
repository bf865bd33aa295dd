package dossier.model;

/** Where a document's page is in the site: the one statement of that address. */
public final class PageAddress {

    /** The folder of document pages, relative to the site root. */
    public static final String FOLDER = "documents/";

    private PageAddress() {
    }

    /** "documents/SLUG.html", relative to the site root. */
    public static String of(String slug) {
        return FOLDER + fileName(slug);
    }

    /** "SLUG.html": the page from another document page. */
    public static String fileName(String slug) {
        return slug + ".html";
    }

    /** A file about the document beside its page, "documents/SLUG.ris" for {@code extension} "ris" (its citation downloads). */
    public static String beside(String slug, String extension) {
        return FOLDER + slug + "." + extension;
    }

    /** The page of {@code slug} from a page whose way to the site root is {@code toRoot} ("", "../"). */
    public static String from(String toRoot, String slug) {
        return toRoot + of(slug);
    }
}
