package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String TEXT = "<div id=\"document-text\"><p id=\"para-1\">See <a href=\"s-2012-1.html#para-2\">para. 2</a>"
            + " of <a href=\"a-res-80-1.html\">resolution 80/1</a>, <a href=\"#para-1\">para. 1</a> above,"
            + " <a href=\"../glossary.html#minusma\">MINUSMA</a> and <a href=\"https://undocs.org/S/2000/1.html\">S/2000/1</a>"
            + " – l’État</p></div>";

    @Test
    void aTextIsHeldAsWrittenAndNamesTheDossiersDocumentsItLinksTo() {
        HtmlText held = HtmlText.of(Jsoup.parseBodyFragment(TEXT).body().child(0));

        assertThat(held.html()).isEqualTo(Jsoup.parseBodyFragment(TEXT).body().child(0).outerHtml()).contains("l’État");
        assertThat(held.linkedDocuments()).containsExactlyInAnyOrder("s-2012-1", "a-res-80-1");
    }
}
