package dossier.annotation.index;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.PageAddress;
import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.browser.Sites;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The index in a real browser, on the real dossier opened from disk. */
@ExtendWith(InBrowser.class)
class IndexBrowserTest {

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void open(Browser chromium, Sites sites) {
        site = sites.baked().root();
        browser = chromium.driver();
    }

    private static List<WebElement> offered(String query) {
        browser.get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return browser.findElements(By.cssSelector("#search-results > .index-result > a"));
    }

    @Test
    void search_offers_the_entry_a_variant_names_above_the_paragraphs_and_it_lands_on_the_entry() {
        List<WebElement> entries = offered("Tombouctou");
        assertThat(entries).singleElement().satisfies(a -> assertThat(a.getText()).startsWith("Timbuktu"));
        List<WebElement> all = browser.findElements(By.cssSelector("#search-results > li"));
        assertThat(all.get(0).getAttribute("class")).isEqualTo("index-result");

        entries.get(0).click();
        assertThat(browser.getCurrentUrl()).endsWith("subjects.html#entry-timbuktu");
        assertThat(browser.findElement(By.cssSelector("#entry-timbuktu h3")).getText()).isEqualTo("Timbuktu");
    }

    @Test
    void search_finds_a_person_by_a_name_typed_without_accents() {
        assertThat(offered("compaore")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).startsWith("Compaoré, Blaise"));
        assertThat(offered("sanogo")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).startsWith("Sanogo, Amadou Haya"));
    }

    @Test
    void a_locator_on_the_index_page_lands_on_its_paragraph() {
        browser.get(site.resolve(PageAddress.SUBJECTS).toUri().toString());
        WebElement link = browser.findElement(By.cssSelector("#entry-sanogo-amadou-haya .index-locators a"));
        assertThat(link.getText()).isEqualTo("S/2012/894, para. 5");
        link.click();
        assertThat(browser.getCurrentUrl()).endsWith("documents/s-2012-894.html#para-5");
        String text = (String) browser.executeScript("return document.getElementById('para-5').textContent;");
        assertThat(text).contains("Captain Amadou Sanogo");
    }

    @Test
    void a_document_pages_aside_leads_to_the_entries_it_names() {
        browser.get(site.resolve("documents/s-2012-894.html").toUri().toString());
        WebElement sanogo = browser.findElements(By.cssSelector("aside.index-aside a")).stream()
                .filter(a -> a.getText().equals("Sanogo, Amadou Haya")).findFirst().orElseThrow();
        sanogo.click();
        assertThat(browser.getCurrentUrl()).endsWith("subjects.html#entry-sanogo-amadou-haya");
    }
}
