package dossier.annotation.index;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.SiteInBrowser;
import dossier.browser.Sites.Way;
import dossier.publishing.search.SearchBox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The index in a real browser, on the real dossier opened from disk. */
class IndexBrowserTest extends SiteInBrowser {

    @Override
    protected Way way() {
        return Way.FROM_DISK;
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    /** Opens the search page on a query. */
    private void search(String query) {
        driver().get(address.of("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString());
        SearchBox.settled(driver());
    }

    /** The index entries the search page open offers, by their text (read in one script, not a round trip each). */
    @SuppressWarnings("unchecked")
    private List<String> offered() {
        return (List<String>) driver().executeScript(
                "return Array.from(document.querySelectorAll('#search-results > .index-result > a')).map(a => a.innerText);");
    }

    /** The first element matching a selector (and holding the text, if one is given). */
    private WebElement first(String selector, String text) {
        return (WebElement) driver().executeScript("""
                const element = Array.from(document.querySelectorAll(arguments[0]))
                    .find(e => arguments[1] === null || e.innerText === arguments[1]);
                return element || null;
                """, selector, text);
    }

    /** Clicks a link as a reader does, and waits for the page it opens. */
    private void follow(WebElement link, String page) {
        assertThat(link).as("a link to " + page).isNotNull();
        browser.click(link);
        browser.waitForLoaded(page);
    }

    /**
     * One walk a reader can take, each page opened by the last one's link: search leads to an entry, the
     * index page's locator to its paragraph, the document page's aside back to an entry. Each page was loaded
     * again by a test of its own before; the long document page cost the most.
     */
    @Test
    void search_the_index_page_and_a_document_pages_aside_lead_to_each_other() {
        searchOffersTheEntryAVariantNamesAboveTheParagraphsAndItLandsOnTheEntry();
        aLocatorOnTheIndexPageLandsOnItsParagraph();
        aDocumentPagesAsideLeadsToTheEntriesItNames();
    }

    private void searchOffersTheEntryAVariantNamesAboveTheParagraphsAndItLandsOnTheEntry() {
        search("Tombouctou");
        assertThat(offered()).singleElement().satisfies(entry -> assertThat(entry).startsWith("Timbuktu"));
        assertThat(driver().executeScript("return document.querySelector('#search-results > li').className;")).isEqualTo("index-result");

        follow(first("#search-results > .index-result > a", null), "subjects.html");
        assertThat(driver().getCurrentUrl()).endsWith("subjects.html#entry-timbuktu");
        assertThat(driver().executeScript("return document.querySelector('#entry-timbuktu h3').innerText;")).isEqualTo("Timbuktu");
    }

    /** On the index page open. */
    private void aLocatorOnTheIndexPageLandsOnItsParagraph() {
        WebElement link = first("#entry-sanogo-amadou-haya .index-locators a", null);
        assertThat(link.getText()).isEqualTo("S/2012/894, para. 5");
        follow(link, "documents/s-2012-894.html");
        assertThat(driver().getCurrentUrl()).endsWith("documents/s-2012-894.html#para-5");
        String text = (String) driver().executeScript("return document.getElementById('para-5').textContent;");
        assertThat(text).contains("Captain Amadou Sanogo");
    }

    /** On S/2012/894's page open. */
    private void aDocumentPagesAsideLeadsToTheEntriesItNames() {
        follow(first("aside.index-aside a", "Sanogo, Amadou Haya"), "subjects.html");
        assertThat(driver().getCurrentUrl()).endsWith("subjects.html#entry-sanogo-amadou-haya");
    }

    /** One load of the search page, the second name typed in its box as a reader would. */
    @Test
    void search_finds_a_person_by_a_name_typed_without_accents() {
        search("compaore");
        assertThat(offered()).anySatisfy(t -> assertThat(t).startsWith("Compaoré, Blaise"));
        SearchBox.type(driver(), "sanogo");
        assertThat(offered()).anySatisfy(t -> assertThat(t).startsWith("Sanogo, Amadou Haya"));
    }
}
