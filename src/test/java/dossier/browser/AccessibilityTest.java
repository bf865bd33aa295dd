package dossier.browser;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dossier.browser.Sites.Way;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility of every page kind, in Chromium: axe-core finds no violation in light or dark mode, the
 * keyboard alone reaches everything with visible focus, and the pages follow the reader's colour-scheme
 * and motion settings.
 */
class AccessibilityTest extends SiteInBrowser {

    /** Tab presses per page at most: enough for every page kind's links today, bounded for long pages. */
    private static final int MAX_TABS = 150;
    private static final Map<String, String> DARK = Map.of("prefers-color-scheme", "dark");
    private static final Map<String, String> LIGHT = Map.of("prefers-color-scheme", "light");

    @Override
    protected Way way() {
        return Way.SERVED;
    }

    /** axe-core in every page the class loads, as each is checked with it. */
    private AxeOnLoad axe;

    @BeforeAll
    void loadAxeWithEveryPage() {
        axe = AxeOnLoad.open(browser);
    }

    @AfterAll
    void stopLoadingAxe() {
        axe.close();
    }

    /**
     * On one load of each page kind, with axe-core there from the start: the scheme and motion checks, then
     * the keyboard's on the same page, as the scheme and motion are CSS media queries that follow an emulated
     * change without a reload and are put back before the keyboard walks the page (a second load of each page
     * for the keyboard cost a tenth of the class's CPU). One dynamic test per page, each reporting every
     * problem the page has.
     */
    @TestFactory
    Stream<DynamicTest> everyPageKindPassesAxeInLightAndDarkModeFollowsTheReadersSettingsAndWorksByKeyboardAlone() {
        return site.pageKinds().stream().map(page -> dynamicTest(label(page), () -> {
            browser.emulateMedia("", LIGHT);
            browser.open(address.of(page));
            SoftAssertions problems = new SoftAssertions();
            followsTheReadersSchemeAndMotionAndPassesAxe(page, problems);
            browser.emulateMedia("", Map.of());
            reachesEverythingByKeyboard(page, problems);
            problems.assertAll();
        }));
    }

    /**
     * Every axe rule and a light background in light mode; in dark mode a dark background, light text and
     * axe's colour rules (text contrast, links told from the text around them: colours are what the scheme
     * changes), both on a sample with every element kind ({@link Browser#axe}); then, with reduced motion
     * asked for, nothing left that moves. The dark check fails when it should: a link's colour set to #3a3a3a
     * (by script: the pages' policy refuses an added style sheet) is flagged.
     */
    private void followsTheReadersSchemeAndMotionAndPassesAxe(String page, SoftAssertions problems) {
        List<Double> light = backgroundAndText();
        problems.assertThat(light.get(0)).as("light background of %s is light", label(page)).isGreaterThan(0.8);
        problems.assertThat(browser.axe()).as("axe-core violations on %s (light)", label(page)).isEmpty();
        browser.emulateMedia("", DARK);
        List<Double> dark = backgroundAndText();
        browser.screenshot(screenshotName(page, "desktop-dark"));
        problems.assertThat(dark.get(0)).as("dark background of %s is dark", label(page)).isLessThan(0.1);
        problems.assertThat(dark.get(1)).as("dark-mode text of %s is light", label(page)).isGreaterThan(0.6);
        problems.assertThat(browser.axeColours()).as("axe-core violations on %s (dark)", label(page)).isEmpty();
        browser.emulateMedia("", Map.of("prefers-reduced-motion", "reduce"));
        List<String> moving = browser.js("""
                const longest = list => Math.max(0, ...list.split(',').map(t => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
                const moving = Array.from(document.querySelectorAll('*')).filter(e => {
                  const s = getComputedStyle(e);
                  return longest(s.transitionDuration) > 0.01 || (s.animationName !== 'none' && longest(s.animationDuration) > 0.01);
                }).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className : ''));
                if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') moving.push('html (smooth scrolling)');
                return moving;
                """);
        problems.assertThat(moving).as("what still moves on %s when the reader asks for reduced motion", label(page)).isEmpty();
    }

    /**
     * The page records each stop as focus arrives (and focus leaving the page), so that one chain of Tab
     * presses walks the page (a round trip to the browser per press cost seconds per page). The first stop
     * must be a skip link, on screen while focused; following it with Enter, after the walk, must move focus
     * to the main text. No stop without a visible focus, none reached twice (a trap), none left out.
     */
    private void reachesEverythingByKeyboard(String page, SoftAssertions problems) {
        long tabbable = browser.js("""
                window.__stops = [];
                document.addEventListener('focusin', e => {
                  const a = e.target;
                  if (!a.__tabStop) a.__tabStop = 'stop ' + (++window.__tabStops || (window.__tabStops = 1));
                  if (!window.__first) {
                    const r = a.getBoundingClientRect();
                    window.__first = {element: a, href: a.getAttribute('href') || '', text: a.textContent.trim(),
                        onScreen: r.top >= 0 && r.bottom <= innerHeight && r.width > 0};
                  }
                  const s = getComputedStyle(a);
                  const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                  const shadowed = s.boxShadow && s.boxShadow !== 'none';
                  window.__stops.push({at: a.__tabStop, visible: outlined || shadowed,
                      what: a.tagName.toLowerCase() + ' "' + a.textContent.trim().slice(0, 40) + '"'});
                });
                document.addEventListener('focusout', e => {
                  if (!e.relatedTarget) window.__stops.push({at: 'body', visible: true});
                });
                return Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))
                    .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({visibilityProperty: true})).length;
                """);
        Actions tabs = new Actions(browser.driver());
        for (int i = 0; i < Math.min(tabbable + 1, MAX_TABS); i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        Map<String, Object> first = browser.js(
                "const f = window.__first || {}; return {href: f.href || '', text: f.text || '', onScreen: !!f.onScreen};");
        problems.assertThat((String) first.get("href")).as("first focus on %s (%s)", label(page), first.get("text"))
                .isEqualTo("#main");
        problems.assertThat(first.get("onScreen")).as("the skip link shows when focused on %s", label(page)).isEqualTo(true);
        List<Map<String, Object>> stops = browser.js("return window.__stops;");
        List<String> seen = new ArrayList<>();
        List<String> walk = new ArrayList<>();
        for (Map<String, Object> focus : stops) {
            String at = (String) focus.get("at");
            if ("body".equals(at)) {
                break;
            }
            if (seen.contains(at)) {
                walk.add(label(page) + ": focus came back to " + focus.get("what") + " after " + seen.size()
                        + " of " + tabbable + " stops (a keyboard trap)");
                break;
            }
            seen.add(at);
            if (!Boolean.TRUE.equals(focus.get("visible"))) {
                walk.add(label(page) + ": no visible focus on " + focus.get("what"));
            }
        }
        if (tabbable < MAX_TABS && seen.size() < tabbable) {
            walk.add(label(page) + ": Tab reached " + seen.size() + " of " + tabbable + " focusable elements");
        }
        problems.assertThat(walk).as("the Tab walk on %s", label(page)).isEmpty();
        browser.js("if (window.__first) window.__first.element.focus();");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        problems.assertThat(browser.<String>js("return document.activeElement.id;"))
                .as("focus after following the skip link on %s", label(page)).isEqualTo("main");
    }

    /** Relative luminance (0 black … 1 white) of the body's background and text colours. */
    private List<Double> backgroundAndText() {
        return browser.js("""
                const lum = css => { const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
                    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const s = getComputedStyle(document.body);
                return [lum(s.backgroundColor), lum(s.color)];
                """);
    }
}
