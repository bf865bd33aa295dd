package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Sites.Way;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The home page's documents list, sorted and filtered in a real browser from disk (js/documents.js). */
class DocumentListBrowserTest extends SiteInBrowser {

    @Override
    protected Way way() {
        return Way.FROM_DISK;
    }

    private void home(String fragment) {
        browser.driver().get(address.of(BakedSite.HOME + fragment).toString());
    }

    /** The documents the list shows, by symbol (or title), read in one script rather than three round trips a document. */
    @SuppressWarnings("unchecked")
    private List<String> shownSymbols() {
        return (List<String>) browser.driver().executeScript("""
                return Array.from(document.querySelectorAll('[data-document-list] > li'))
                    .filter(li => li.checkVisibility({opacityProperty: true, visibilityProperty: true}))
                    .map(li => li.getAttribute('data-symbol') || li.getAttribute('data-title'));""");
    }

    /** Chooses an option of one of the list's controls, as a reader does. */
    private void choose(String control, String option) {
        SelectBox.choose(browser.driver(), "[data-document-controls] select[name=" + control + "]", option);
    }

    /**
     * Filtering, then sorting and a linked view, on one load of the home page and its reload (the sorting
     * was checked on a load of its own).
     */
    @Test
    void filtering_shows_only_those_documents_and_says_how_many_the_list_sorts_newest_first_and_a_linked_view_opens_as_left() {
        home("");
        filteringByKindBodyAndYearShowsOnlyThoseDocumentsAndSaysHowMany();
        choose("body", "all");
        theListSortsNewestFirstAndALinkedViewOpensAsItWasLeft();
    }

    /** On the home page open, unfiltered. */
    private void filteringByKindBodyAndYearShowsOnlyThoseDocumentsAndSaysHowMany() {
        assertThat(shownSymbols()).hasSize(5);
        choose("year", "2012");
        assertThat(shownSymbols()).hasSize(3).contains("S/2012/894", "S/2012/946");
        choose("kind", "Report");
        assertThat(shownSymbols()).containsExactly("S/2012/894");
        assertThat(browser.driver().findElement(By.cssSelector("[data-document-count]")).getText()).isEqualTo("1 of 5 documents.");

        choose("year", "all");
        choose("kind", "all");
        choose("body", "Human Rights Council");
        assertThat(shownSymbols()).containsExactly("A/HRC/RES/34/39");
    }

    /** On the home page open, unfiltered. */
    private void theListSortsNewestFirstAndALinkedViewOpensAsItWasLeft() {
        choose("order", "newest first");
        assertThat(shownSymbols().get(0)).isEqualTo("S/2023/463");
        assertThat(browser.driver().findElement(By.id("documents-heading")).getText()).isEqualTo("Documents, newest first");

        home("#year=2012&order=newest");
        browser.driver().navigate().refresh();
        assertThat(shownSymbols()).hasSize(3);
        assertThat(shownSymbols().get(0)).isEqualTo("S/2012/946");
    }
}
