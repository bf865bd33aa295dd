package dossier.annotation.index;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.SiteInBrowser;
import dossier.browser.Sites.Way;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The index in a real browser, on the real dossier opened from disk. */
class IndexBrowserTest extends SiteInBrowser {

    @Override
    protected Way way() {
        return Way.FROM_DISK;
    }

    private List<WebElement> offered(String query) {
        browser.driver().get(address.of("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString());
        return browser.driver().findElements(By.cssSelector("#search-results > .index-result > a"));
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
        List<WebElement> entries = offered("Tombouctou");
        assertThat(entries).singleElement().satisfies(a -> assertThat(a.getText()).startsWith("Timbuktu"));
        List<WebElement> all = browser.driver().findElements(By.cssSelector("#search-results > li"));
        assertThat(all.get(0).getAttribute("class")).isEqualTo("index-result");

        entries.get(0).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("subjects.html#entry-timbuktu");
        assertThat(browser.driver().findElement(By.cssSelector("#entry-timbuktu h3")).getText()).isEqualTo("Timbuktu");
    }

    /** On the index page open. */
    private void aLocatorOnTheIndexPageLandsOnItsParagraph() {
        WebElement link = browser.driver().findElement(By.cssSelector("#entry-sanogo-amadou-haya .index-locators a"));
        assertThat(link.getText()).isEqualTo("S/2012/894, para. 5");
        link.click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("documents/s-2012-894.html#para-5");
        String text = (String) browser.driver().executeScript("return document.getElementById('para-5').textContent;");
        assertThat(text).contains("Captain Amadou Sanogo");
    }

    /** On S/2012/894's page open. */
    private void aDocumentPagesAsideLeadsToTheEntriesItNames() {
        WebElement sanogo = browser.driver().findElements(By.cssSelector("aside.index-aside a")).stream()
                .filter(a -> a.getText().equals("Sanogo, Amadou Haya")).findFirst().orElseThrow();
        sanogo.click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("subjects.html#entry-sanogo-amadou-haya");
    }

    @Test
    void search_finds_a_person_by_a_name_typed_without_accents() {
        assertThat(offered("compaore")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).startsWith("Compaoré, Blaise"));
        assertThat(offered("sanogo")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).startsWith("Sanogo, Amadou Haya"));
    }
}
