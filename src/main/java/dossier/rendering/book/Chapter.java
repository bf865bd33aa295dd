package dossier.rendering.book;

import dossier.model.PageAddress;
import java.util.List;

/**
 * One XHTML file of the book, made from one page of the site: what the package and the contents say of it
 * (its text is written as soon as it is made, and not kept).
 *
 * @param file     its path in the book, as the page's in the site with .xhtml ("documents/s-2012-894.xhtml")
 * @param title    its title in the table of contents
 * @param headings the headings a reader may go to from the table of contents, in order
 * @param language the page's language
 * @param date     the date a document page gives for its document (YYYY-MM-DD), or empty
 */
public record Chapter(String file, String title, List<Heading> headings, String language, String date) {

    /** A heading with its anchor, and its level (2 for h2 …). */
    public record Heading(int level, String id, String text) {
    }

    /** The book's file for a page of the site: "glossary.html" → "glossary.xhtml". */
    static String fileOf(String sitePath) {
        return PageAddress.stem(sitePath) + ".xhtml";
    }
}
