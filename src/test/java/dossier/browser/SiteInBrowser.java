package dossier.browser;

import dossier.browser.Sites.Way;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that reads the real dossier in the run's browser, opened in one way a reader can ({@link #way}).
 */
@ExtendWith(InBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SiteInBrowser {

    protected BakedSite site;
    protected Sites sites;
    protected SiteAddress address;
    protected Browser browser;

    /** How the browser reaches the baked site (served, from disk …) in this class's tests. */
    protected abstract Way way();

    @BeforeAll
    void open(Browser browser, Sites sites) {
        this.browser = browser;
        this.sites = sites;
        site = sites.baked();
        address = sites.address(way());
    }

    /** A name for screenshots and messages: "served/documents/s-2012-894.html". */
    protected String label(String page) {
        return label(address, page);
    }

    protected static String label(SiteAddress address, String page) {
        return address.name() + "/" + page;
    }

    /** A file name for a screenshot of a page: "served_documents_s-2012-894.html-phone". */
    protected String screenshotName(String page, String variant) {
        return screenshotName(address, page, variant);
    }

    protected static String screenshotName(SiteAddress address, String page, String variant) {
        return label(address, page).replaceAll("[^A-Za-z0-9.-]+", "_") + "-" + variant;
    }
}
