package dossier.rendering.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A baked page of the site as a chapter of the book: its text and anchors as the site has them, without
 * the site's furniture (navigation, scripts, permalinks, forms, drawings: the lists beside them say the
 * same in words), its annotations as EPUB notes and its links rewritten for the book. Publishing packs the
 * chapters into the book ({@code publishing/epub/Book}).
 */
public final class BookChapters {

    /** A document page's text: its header (kind, symbol, date, body, title) and the document itself. */
    private static final String DOCUMENT_PARTS = "article.document > header.document-header, #document-text";
    /** What a book cannot use: it runs no script and sends no form, and holds no file but its chapters. */
    private static final String LEFT_OUT = "script, noscript, template, form, button, input, select, textarea,"
            + " a.permalink, figure:has(svg), svg, img, picture, video, audio, iframe, object, embed";
    public static final String DEFAULT_LANGUAGE = "en";
    /** The book's stylesheet, from the book's root folder, which every chapter links to. */
    public static final String STYLESHEET = "css/book.css";

    /** A chapter and its file's text. */
    public record Read(Chapter chapter, String xhtml) {
    }

    private BookChapters() {
    }

    /** Whether the book can hold the page ({@code html} as baked): one with a form (the search page) works only with its script. */
    public static boolean readable(String html) {
        return Jsoup.parse(html).selectFirst("main form") == null;
    }

    /**
     * The chapter made from the page baked at {@code sitePath} ("documents/x.html") as {@code html}.
     *
     * @param bookPages the pages of the site the book holds, whose links it keeps
     */
    public static Read read(String sitePath, String html, Set<String> bookPages, String dossierTitle) {
        Document page = Jsoup.parse(html);
        Element content = new Element("section");
        List<Element> parts = page.select(DOCUMENT_PARTS);
        if (parts.isEmpty()) {
            Element main = page.selectFirst("main");
            parts = main == null ? List.of() : main.children();
        } else {
            content.attr(BookNotes.EPUB_TYPE, "chapter").addClass("document");
        }
        parts.forEach(part -> content.appendChild(part.clone()));
        content.select(LEFT_OUT).remove();
        // Not every reading system opens a details element: its text is shown as plain blocks.
        for (Element details : content.select("details")) {
            details.tagName("div").addClass("details").removeAttr("open");
        }
        content.select("summary").tagName("p").addClass("summary");
        content.select("[tabindex]").removeAttr("tabindex");
        // The page whose entries list locators is the index: an EPUB index, its locators marked as such.
        if (content.selectFirst("ul.index-locators") != null) {
            content.attr(BookNotes.EPUB_TYPE, "index");
            content.select("ul.index-locators a").attr(BookNotes.EPUB_TYPE, "index-locator");
        }
        BookNotes.mark(content);
        BookLinks.rewrite(content, sitePath, bookPages);
        String title = title(page, content, dossierTitle);
        String file = Chapter.fileOf(sitePath);
        String lang = page.select("html").attr("lang");
        String language = lang.isBlank() ? DEFAULT_LANGUAGE : lang;
        Element date = content.selectFirst("header.document-header time[datetime]");
        return new Read(new Chapter(file, title, headings(content), language, date == null ? "" : date.attr("datetime")),
                xhtml(file, title, language, content));
    }

    /** A document's symbol and full title; another page's title without the dossier's, which ends every page's. */
    private static String title(Document page, Element content, String dossierTitle) {
        Element documentTitle = content.selectFirst("#document-title");
        if (documentTitle != null) {
            Element symbol = content.selectFirst("header.document-header .symbol");
            return (symbol == null ? "" : symbol.text() + " · ") + text(documentTitle);
        }
        String title = page.title().strip();
        String suffix = " · " + dossierTitle;
        return title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
    }

    /** A document's headings with their anchors (its title is the chapter's). */
    private static List<Chapter.Heading> headings(Element content) {
        List<Chapter.Heading> headings = new ArrayList<>();
        for (Element heading : content.select("#document-text :is(h2, h3, h4, h5, h6)[id]")) {
            headings.add(new Chapter.Heading(heading.tagName().charAt(1) - '0', heading.id(), text(heading)));
        }
        return headings;
    }

    /** An element's words as the source has them, without what the site adds (hints for screen readers). */
    private static String text(Element element) {
        Element words = element.clone();
        words.select("[data-added]").remove();
        return words.text();
    }

    static String xhtml(String file, String title, String language, Element content) {
        Document xhtml = Document.createShell("");
        xhtml.selectFirst("html").attr("xmlns", "http://www.w3.org/1999/xhtml")
                .attr("xmlns:epub", "http://www.idpf.org/2007/ops").attr("lang", language).attr("xml:lang", language);
        xhtml.head().appendElement("meta").attr("charset", "utf-8");
        xhtml.head().appendElement("title").text(title);
        xhtml.head().appendElement("link").attr("rel", "stylesheet").attr("type", "text/css")
                .attr("href", "../".repeat(depth(file)) + STYLESHEET);
        xhtml.body().appendChild(content);
        xhtml.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + xhtml.selectFirst("html").outerHtml() + "\n";
    }

    private static int depth(String file) {
        return (int) file.chars().filter(c -> c == '/').count();
    }
}
