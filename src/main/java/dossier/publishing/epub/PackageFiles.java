package dossier.publishing.epub;

import dossier.rendering.book.BookChapters;
import dossier.rendering.book.Chapter;
import dossier.rendering.book.Contents;
import java.util.List;

/** The book's own files beside its chapters: the OCF container, the package document and the navigation document. */
final class PackageFiles {

    static final String ROOT = "EPUB/";
    static final String PACKAGE = "package.opf";

    private PackageFiles() {
    }

    static String container() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="%s%s" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """.formatted(ROOT, PACKAGE);
    }

    /**
     * The package document: metadata, every file of the book, and the reading order (the contents first,
     * then the chapters in the site's order).
     *
     * @param modified the sources' latest date, as dcterms:modified wants it (2023-06-21T00:00:00Z)
     */
    static String packageDocument(BookMetadata metadata, String language, String modified, List<Chapter> chapters) {
        StringBuilder opf = new StringBuilder();
        opf.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"")
                .append(escape(language)).append("\">\n")
                .append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("    <dc:identifier id=\"book-id\">").append(metadata.identifier()).append("</dc:identifier>\n")
                .append("    <dc:title>").append(escape(metadata.title())).append("</dc:title>\n")
                .append("    <dc:language>").append(escape(language)).append("</dc:language>\n");
        if (!metadata.editor().isEmpty()) {
            opf.append("    <dc:creator id=\"editor\">").append(escape(metadata.editor())).append("</dc:creator>\n")
                    .append("    <meta refines=\"#editor\" property=\"role\" scheme=\"marc:relators\">edt</meta>\n");
        }
        opf.append("    <meta property=\"dcterms:modified\">").append(modified).append("</meta>\n")
                .append("  </metadata>\n  <manifest>\n")
                .append("    <item id=\"nav\" href=\"").append(Contents.FILE).append("\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("    <item id=\"style\" href=\"").append(BookChapters.STYLESHEET).append("\" media-type=\"text/css\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            opf.append("    <item id=\"").append(itemId(i)).append("\" href=\"").append(escape(chapters.get(i).file()))
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        opf.append("  </manifest>\n  <spine>\n    <itemref idref=\"nav\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            opf.append("    <itemref idref=\"").append(itemId(i)).append("\"/>\n");
        }
        return opf.append("  </spine>\n</package>\n").toString();
    }

    private static String itemId(int index) {
        return "chapter-" + (index + 1);
    }

    /** Text for XML: the five characters XML reserves, escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
