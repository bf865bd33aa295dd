package dossier.rendering.book;

import dossier.model.PageAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;

/** The book's navigation document: its table of contents, made from its chapters. */
public final class Contents {

    /** Its file, from the book's root folder. */
    public static final String FILE = "nav.xhtml";

    private Contents() {
    }

    /**
     * The contents: the dossier's title and its editor (empty when it has none), then each chapter with
     * its headings, nested by level.
     */
    public static String xhtml(String title, String editor, String language, List<Chapter> chapters) {
        Element content = new Element("section");
        content.appendElement("h1").addClass("book-title").text(title);
        if (!editor.isEmpty()) {
            content.appendElement("p").addClass("book-editor").text("Edited by " + editor);
        }
        Element toc = content.appendElement("nav").attr(BookNotes.EPUB_TYPE, "toc").id("toc");
        toc.appendElement("h2").text("Contents");
        Element list = toc.appendElement("ol");
        for (Chapter chapter : chapters) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", chapter.file()).text(chapter.title());
            headings(item, chapter);
        }
        return BookChapters.xhtml(FILE, title, language, content);
    }

    /** A chapter's headings as nested lists: each heading under the nearest one above it of a higher level. */
    private static void headings(Element item, Chapter chapter) {
        record Open(int level, Element list) {
        }
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(1, new Element("ol")));
        Element top = open.peek().list();
        Element last = null;
        int lastLevel = 1;
        for (Chapter.Heading heading : chapter.headings()) {
            if (heading.level() > lastLevel && last != null) {
                open.push(new Open(lastLevel, last.appendElement("ol")));
            }
            while (open.size() > 1 && heading.level() <= open.peek().level()) {
                open.pop();
            }
            last = open.peek().list().appendElement("li");
            last.appendElement("a").attr("href", PageAddress.at(chapter.file(), heading.id())).text(heading.text());
            lastLevel = heading.level();
        }
        if (top.childrenSize() > 0) {
            item.appendChild(top);
        }
    }
}
