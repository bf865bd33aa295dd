package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static final String TEXT = "<div id=\"document-text\"><p id=\"para-1\">See <a href=\"s-2012-1.html#para-2\">para. 2</a>"
            + " <a name=\"old\">and</a></p></div>";

    @Test
    void aPageHoldingADocumentsTextHasTheLinksAndIdsOfTheWholePage() {
        Element text = Jsoup.parseBodyFragment(TEXT).body().child(0);
        HtmlText held = HtmlText.of(text);
        String page = "<html><head><link rel=\"stylesheet\" href=\"../css/site.css\"></head><body><main id=\"main\">"
                + held.html() + "<a href=\"../index.html#top\">home</a></main><script src=\"../js/site.js\"></script></body></html>";

        PageLinks links = PageLinks.of(page, held);

        assertThat(addresses(links)).containsExactlyInAnyOrderElementsOf(addresses(PageLinks.of(page)))
                .contains("s-2012-1.html#para-2", "../index.html#top", "../js/site.js");
        assertThat(List.of("main", "document-text", "para-1", "old")).allMatch(links::names);
        assertThat(links.names("para-2")).isFalse();
    }

    @Test
    void aPageWithoutTheTextItWasGivenIsReadWhole() {
        HtmlText held = HtmlText.of(Jsoup.parseBodyFragment(TEXT).body().child(0));
        String page = "<main id=\"main\"><a href=\"glossary.html#MINUSMA\">MINUSMA</a></main>";

        PageLinks links = PageLinks.of(page, held);

        assertThat(addresses(links)).containsExactly("glossary.html#MINUSMA");
        assertThat(links.names("para-1")).isFalse();
    }

    private static List<String> addresses(PageLinks links) {
        return IntStream.range(0, links.size()).mapToObj(links::address).toList();
    }
}
