package dossier.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class that reads the real dossier in a real browser: the site is baked once per run and one
 * Chromium serves every test of the class. Subclasses choose how the site is opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SiteInBrowser {

    protected BakedSite site;
    protected SiteAddress address;
    protected Browser browser;

    /** How the browser reaches the baked site (served, from disk, unzipped …). */
    protected abstract SiteAddress open(Path site) throws Exception;

    @BeforeAll
    void bakeAndStartBrowser() throws Exception {
        browser = Browser.start();
        site = BakedSite.realDossier();
        address = open(site.root());
    }

    @AfterEach
    void resetBrowser() {
        if (browser != null) {
            browser.resetEmulation();
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (address != null) {
            address.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    /** A name for screenshots and messages: "served/documents/s-2012-894.html". */
    protected String label(String page) {
        return address.name() + "/" + page;
    }

    /** A file name for a screenshot of a page: "served_documents_s-2012-894.html-phone". */
    protected String screenshotName(String page, String variant) {
        return label(page).replaceAll("[^A-Za-z0-9.-]+", "_") + "-" + variant;
    }
}
