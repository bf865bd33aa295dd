package dossier.rendering;

import java.nio.charset.StandardCharsets;

/**
 * A document's annotated text as HTML, held from the pass until its page is written. Kept as UTF-8: a Java
 * string of text beyond Latin-1 (UN texts' dashes and curly quotes) takes two bytes a character, and every
 * document's text is held at once until the pages are written: a large part of a build's memory.
 */
public final class HtmlText {

    private final byte[] utf8;

    private HtmlText(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static HtmlText of(String html) {
        return new HtmlText(html.getBytes(StandardCharsets.UTF_8));
    }

    public String html() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
