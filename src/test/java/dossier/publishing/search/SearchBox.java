package dossier.publishing.search;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The search page's box, as browser tests type in it and wait for its results: each in one command, the
 * wait done in the page. A wait that asked the browser for the list's state every 20 ms cost Chromium two
 * commands a look, while the parts a query needs loaded.
 */
public final class SearchBox {

    /** Resolves when the results list is no longer busy: the page marks it so from a query until its results are all shown. */
    private static final String SETTLED = """
            const settled = arguments[arguments.length - 1];
            const results = document.getElementById('search-results');
            if (!results.hasAttribute('aria-busy')) {
              settled();
            } else {
              new MutationObserver((changes, observer) => {
                if (!results.hasAttribute('aria-busy')) {
                  observer.disconnect();
                  settled();
                }
              }).observe(results, {attributes: true, attributeFilter: ['aria-busy']});
            }
            """;

    private SearchBox() {
    }

    /** Waits until the results of the query of the search page open are shown. */
    public static void settled(JavascriptExecutor page) {
        page.executeAsyncScript(SETTLED);
    }

    /** Types a query in the search box of the page open, in place of the one there, and waits for its results. */
    public static void type(JavascriptExecutor page, String query) {
        page.executeAsyncScript("""
                const input = document.getElementById('search-input');
                input.value = arguments[0];
                input.dispatchEvent(new Event('input'));
                """ + SETTLED, query);
    }
}
