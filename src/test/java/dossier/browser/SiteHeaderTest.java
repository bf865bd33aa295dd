package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Sites.Way;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The header a reader meets first, in Chromium on every page kind: on a 375 px phone one bar at most 80 px
 * tall (name, search box, menu) whose menu opens from the keyboard, with script or without, over the page
 * rather than pushing it down; on a desktop the full navigation in a row.
 */
class SiteHeaderTest extends SiteInBrowser {

    @Override
    protected Way way() {
        return Way.FROM_DISK;
    }

    @Test
    void on_a_phone_the_header_is_one_bar_of_at_most_80_px_and_the_page_does_not_scroll_sideways() {
        browser.viewport(Browser.Viewport.PHONE);
        for (String page : site.pageKinds()) {
            browser.open(address.of(page));
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
            assertThat((Number) bar.get("height")).as("header height on %s", label(page))
                    .satisfies(h -> assertThat(h.doubleValue()).isLessThanOrEqualTo(80));
            assertThat(bar.get("oneRow")).as("name, search and menu on one line on %s: %s", label(page), bar.get("parts")).isEqualTo(true);
            assertThat(((Number) bar.get("wide")).intValue()).as("page width on %s", label(page)).isLessThanOrEqualTo(375);
            assertThat(((Number) bar.get("links")).intValue()).as("links in the menu of %s", label(page)).isGreaterThan(3);
            assertThat(((Number) bar.get("linksShown")).intValue()).as("links shown before the menu opens on %s", label(page)).isZero();
        }
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
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(address.of(BakedSite.HOME));
            tabToTheMenu();
            new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
            assertThat(menuOpen()).as("Space on the menu button opens it without script").isTrue();
            assertThat(visibleMenuLinks()).contains("Documents", "Search");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void on_a_desktop_the_full_navigation_shows_in_one_row_and_there_is_no_menu() {
        for (String page : site.pageKinds()) {
            browser.open(address.of(page));
            Map<String, Object> header = browser.js("""
                    const links = Array.from(document.querySelectorAll('.site-nav-wide a'));
                    const tops = new Set(links.filter(a => a.checkVisibility()).map(a => Math.round(a.getBoundingClientRect().top)));
                    return {links: links.length, shown: links.filter(a => a.checkVisibility()).length, rows: tops.size,
                            menu: document.querySelector('.site-menu').checkVisibility(),
                            inMenu: document.querySelectorAll('.site-nav-menu a').length};
                    """);
            assertThat(header.get("shown")).as("navigation links shown on %s", label(page)).isEqualTo(header.get("links"));
            assertThat(header.get("links")).as("the same links as the phone's menu on %s", label(page)).isEqualTo(header.get("inMenu"));
            assertThat(((Number) header.get("rows")).intValue()).as("rows of navigation on %s", label(page)).isEqualTo(1);
            assertThat(header.get("menu")).as("menu button on a desktop, %s", label(page)).isEqualTo(false);
        }
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
