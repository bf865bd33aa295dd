package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.DossierSettings;
import dossier.publishing.Unzipped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A chapter of the real dossier's book opened in Chromium as an XHTML file (parsed as XML, as a reading
 * system parses it): its note references land on their notes, and a note's link on its glossary entry.
 */
@ExtendWith(InBrowser.class)
class BookInBrowserTest {

    private static final String OPS = "http://www.idpf.org/2007/ops";
    private static final String CHAPTER = "EPUB/documents/s-2012-894.xhtml";

    static Browser browser;
    static Path book;

    @BeforeAll
    static void unzipTheBook(Browser shared) throws Exception {
        browser = shared;
        String name = DossierSettings.load(Path.of(".")).name();
        book = Unzipped.unzip(BakedSite.realDossier().root().resolve(name + ".epub"), Files.createTempDirectory("dossier-book-"));
    }

    @Test
    void every_note_reference_of_a_chapter_lands_on_a_footnote_and_the_first_one_opens_it() {
        browser.open(book.resolve(CHAPTER).toUri());
        assertThat((Long) browser.js("return document.getElementsByTagName('parsererror').length")).isZero();
        List<Map<String, Object>> references = browser.js("""
                return Array.from(document.getElementsByTagName('a'))
                  .filter(a => a.getAttributeNS(arguments[0], 'type') === 'noteref')
                  .map(a => { const note = document.getElementById(a.getAttribute('href').slice(1));
                              return {href: a.getAttribute('href'), tag: note ? note.localName : '',
                                      type: note ? note.getAttributeNS(arguments[0], 'type') : ''}; });""", OPS);
        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference.get("tag")).as(reference.toString()).isEqualTo("aside");
            assertThat(reference.get("type")).as(reference.toString()).isEqualTo("footnote");
        });

        WebElement first = browser.js("""
                return Array.from(document.getElementsByTagName('a'))
                  .find(a => a.getAttributeNS(arguments[0], 'type') === 'noteref');""", OPS);
        String href = first.getAttribute("href");
        browser.click(first);
        assertThat((String) browser.js("return location.hash")).isEqualTo(href.substring(href.indexOf('#')));
        assertThat(inView(href.substring(href.indexOf('#') + 1))).as(href).isTrue();

        WebElement entry = browser.js("return document.querySelector(arguments[0] + ' a');", href.substring(href.indexOf('#')));
        String glossary = entry.getAttribute("href");
        browser.click(entry);
        browser.waitForLoaded("/EPUB/glossary.xhtml#");
        assertThat(browser.driver().getCurrentUrl()).endsWith(glossary.substring(glossary.lastIndexOf('/') + 1));
        assertThat(inView(glossary.substring(glossary.indexOf('#') + 1))).as(glossary).isTrue();
    }

    /** Whether the element with this id exists and its top is in the window, where a link to it scrolls. */
    private static boolean inView(String id) {
        return browser.js("""
                const e = document.getElementById(arguments[0]);
                if (!e) return false;
                const top = e.getBoundingClientRect().top;
                return top >= -1 && top < window.innerHeight;""", id);
    }
}
