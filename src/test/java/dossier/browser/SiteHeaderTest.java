package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Sites.Way;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The header a reader meets first, in Chromium: on a 375 px phone one bar at most 80 px tall (name, search
 * box, menu) whose menu opens from the keyboard, with script or without, over the page rather than pushing it
 * down; on a desktop the full navigation in a row. The bar and the row are checked on every page kind by
 * {@link ReaderChecksTest}, on the loads it makes of them anyway ({@link #onAPhone}, {@link #onADesktop}).
 */
class SiteHeaderTest extends SiteInBrowser {

    @Override
    protected Way way() {
        return Way.FROM_DISK;
    }

    @Test
    void on_a_phone_the_menu_opens_by_keyboard_over_the_page_and_escape_closes_it() {
        browser.viewport(Browser.Viewport.PHONE);
        browser.open(address.of(BakedSite.HOME));
        double mainTop = mainTop();
        tabToTheMenu();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(menuOpen()).as("Enter on the menu button opens it").isTrue();
        assertThat(visibleMenuLinks()).as("links the open menu shows").contains("Documents", "Search");
        assertThat(mainTop()).as("the page stays where it was while the menu is open").isEqualTo(mainTop);
        browser.screenshot(screenshotName(BakedSite.HOME, "phone-menu-open"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.<String>js("return document.activeElement.textContent.trim();"))
                .as("Tab goes from the menu button into the menu").isEqualTo("Documents");

        List<String> violations = browser.axe();
        assertThat(violations).as("axe-core with the menu open on a phone").isEmpty();

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(menuOpen()).as("Escape closes the menu").isFalse();
        assertThat(browser.<String>js("return document.activeElement.tagName;")).as("focus back on the menu button").isEqualTo("SUMMARY");
    }

    @Test
    void on_a_phone_the_menu_opens_by_keyboard_without_javascript() {
        browser.viewport(Browser.Viewport.PHONE);
        browser.scripts(false);
        browser.open(address.of(BakedSite.HOME));
        tabToTheMenu();
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(menuOpen()).as("Space on the menu button opens it without script").isTrue();
        assertThat(visibleMenuLinks()).contains("Documents", "Search");
    }

    /**
     * What is wrong with the header of the page open on a phone: more than one bar of 80 px (name, search box
     * and menu button on one line), a page wider than the screen, or navigation links shown before the menu
     * opens. {@link ReaderChecksTest} runs it on every page of its tour on a phone.
     */
    static List<String> onAPhone(Browser browser, String page) {
        Map<String, Object> bar = browser.js("""
                const box = e => e && e.getBoundingClientRect();
                const header = box(document.querySelector('.site-header'));
                const parts = ['.site-title', '.site-search', '.site-menu summary']
                    .map(s => document.querySelector(s)).filter(e => e && e.checkVisibility());
                const rows = parts.map(box);
                const oneRow = rows.every(a => rows.every(b => a.top < b.bottom && b.top < a.bottom));
                return {height: header.height, parts: parts.map(e => e.className || e.tagName), oneRow: oneRow,
                        wide: document.documentElement.scrollWidth, links: document.querySelectorAll('.site-nav-menu a').length,
                        linksShown: Array.from(document.querySelectorAll('.site-nav a')).filter(a => a.checkVisibility()).length};
                """);
        List<String> problems = new ArrayList<>();
        if (((Number) bar.get("height")).doubleValue() > 80) {
            problems.add(page + ": the header is " + bar.get("height") + " px tall");
        }
        if (!Boolean.TRUE.equals(bar.get("oneRow"))) {
            problems.add(page + ": name, search and menu not on one line: " + bar.get("parts"));
        }
        if (((Number) bar.get("wide")).intValue() > Browser.Viewport.PHONE.width()) {
            problems.add(page + ": the page is " + bar.get("wide") + " px wide");
        }
        if (((Number) bar.get("links")).intValue() <= 3) {
            problems.add(page + ": " + bar.get("links") + " links in the menu");
        }
        if (((Number) bar.get("linksShown")).intValue() != 0) {
            problems.add(page + ": " + bar.get("linksShown") + " navigation links shown before the menu opens");
        }
        return problems;
    }

    /**
     * What is wrong with the header of the page open on a desktop: the full navigation (the phone menu's
     * links) not shown in one row, or a menu button. {@link ReaderChecksTest} runs it on each page kind.
     */
    static List<String> onADesktop(Browser browser, String page) {
        Map<String, Object> header = browser.js("""
                const links = Array.from(document.querySelectorAll('.site-nav-wide a'));
                const tops = new Set(links.filter(a => a.checkVisibility()).map(a => Math.round(a.getBoundingClientRect().top)));
                return {links: links.length, shown: links.filter(a => a.checkVisibility()).length, rows: tops.size,
                        menu: document.querySelector('.site-menu').checkVisibility(),
                        inMenu: document.querySelectorAll('.site-nav-menu a').length};
                """);
        List<String> problems = new ArrayList<>();
        if (!header.get("shown").equals(header.get("links"))) {
            problems.add(page + ": " + header.get("shown") + " of " + header.get("links") + " navigation links shown");
        }
        if (!header.get("links").equals(header.get("inMenu"))) {
            problems.add(page + ": " + header.get("links") + " links in the navigation, " + header.get("inMenu") + " in the phone's menu");
        }
        if (((Number) header.get("rows")).intValue() != 1) {
            problems.add(page + ": navigation in " + header.get("rows") + " rows");
        }
        if (!Boolean.FALSE.equals(header.get("menu"))) {
            problems.add(page + ": a menu button on a desktop");
        }
        return problems;
    }

    /** Presses Tab from the top of the page until the menu button has focus (a few stops: skip link, name, search). */
    private void tabToTheMenu() {
        for (int i = 0; i < 8; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if ("SUMMARY".equals(browser.js("return document.activeElement.tagName;"))) {
                return;
            }
        }
        throw new AssertionError("eight Tab presses did not reach the menu button");
    }

    private boolean menuOpen() {
        return browser.js("return document.querySelector('.site-menu').open;");
    }

    private List<String> visibleMenuLinks() {
        return browser.js("return Array.from(document.querySelectorAll('.site-nav-menu a')).filter(a => a.checkVisibility()"
                + " && a.getBoundingClientRect().height > 0).map(a => a.textContent.trim());");
    }

    private double mainTop() {
        return ((Number) browser.js("return document.querySelector('main').getBoundingClientRect().top;")).doubleValue();
    }
}
