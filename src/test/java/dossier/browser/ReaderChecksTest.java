package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Browser.Viewport;
import dossier.browser.Sites.Way;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What a reader of the dossier notices, checked in Chromium on every page kind: pages load cleanly, fit a
 * phone, show the site's header ({@link SiteHeaderTest}'s checks, on these loads), print without navigation,
 * copy their permanent address, land links on their paragraph and explain acronyms. What depends on how
 * the site is opened (scripts and styles loading, addresses resolving) is checked in each way a reader can:
 * served, from disk, unzipped from the offline zip; the rest, the same code on the same pages whatever the
 * address, from disk, as the offline reader has it (copying takes one route in every way: Chromium gives
 * file:// pages, like 127.0.0.1, a secure context and the Clipboard API).
 */
class ReaderChecksTest extends SiteInBrowser {

    /** Links to paragraphs followed from disk, spread over the links the pages hold. */
    private static final int MAX_FRAGMENT_LINKS = 12;
    /** Acronyms tried per document page, hovered and focused. */
    private static final int ACRONYMS_PER_PAGE = 3;

    @Override
    protected Way way() {
        return Way.FROM_DISK;
    }

    /**
     * What a reader meets on the pages of the site opened one way, seen on one load of each page: console
     * errors; each document page is opened at the address of a paragraph in its middle, where the reader must
     * land; and the links to a paragraph the document pages hold. Opened from disk, the tour takes every page,
     * on a phone, and also notes the pages that scroll sideways, the page kinds not readable at first sight (a
     * page opened at a paragraph's address is looked at again from its top, for that) and the site's header.
     * Served and unzipped, where what differs is how the scripts, styles and addresses of a page's template
     * load and resolve, it takes one page of each kind (that every file a page names is in the zip is
     * OfflineZipTest's); served, on a desktop, it also notes the page kinds not readable at first sight, the
     * site's header and what printing shows, which do not depend on how the page was opened. Six checks read it.
     */
    private record Tour(Map<String, List<String>> errors, List<String> unanchored, List<String> landings,
            Set<String> links, Map<String, String> overflowing, List<String> unreadable, List<String> headers,
            List<String> printed) {
    }

    /** The way whose tour also looks at the page kinds on a desktop. */
    private static final Way ON_A_DESKTOP = Way.SERVED;

    private final Map<Way, Tour> tours = new EnumMap<>(Way.class);

    private Tour tour(Way way) {
        return tours.computeIfAbsent(way, this::takeTour);
    }

    private Tour takeTour(Way way) {
        SiteAddress opened = sites.address(way);
        Set<String> documents = Set.copyOf(site.documentPages());
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> unanchored = new ArrayList<>();
        List<String> landings = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        Map<String, String> overflowing = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        boolean onAPhone = way == way();
        boolean onADesktop = way == ON_A_DESKTOP;
        Set<String> kinds = Set.copyOf(site.pageKinds());
        if (onAPhone) {
            browser.viewport(Viewport.PHONE);
        }
        for (String page : onAPhone ? site.allPages() : site.pageKinds()) {
            List<String> ids = documents.contains(page) ? site.anchors(page) : List.of();
            String opening = ids.isEmpty() ? page : page + "#" + ids.get(ids.size() / 2);
            if (documents.contains(page) && ids.isEmpty()) {
                unanchored.add(label(opened, page));
            }
            browser.open(opened.of(opening));
            List<String> pageErrors = browser.consoleErrors();
            if (!pageErrors.isEmpty()) {
                errors.put(label(opened, page), pageErrors);
            }
            if (!ids.isEmpty()) {
                String problem = landed(opened, opening);
                if (problem != null) {
                    landings.add(problem);
                }
            }
            if (documents.contains(page)) {
                links.addAll(browser.js("""
                        return Array.from(document.querySelectorAll('#document-text a[href*="#"], aside a[href*="#"]'))
                            .map(a => a.href).filter(h => h.startsWith(arguments[0]));
                        """, opened.base().toString()));
            }
            if (onAPhone) {
                overflow().ifPresent(problem -> overflowing.put(label(page), problem));
                headers.addAll(SiteHeaderTest.onAPhone(browser, label(page)));
            } else if (onADesktop) {
                headers.addAll(SiteHeaderTest.onADesktop(browser, label(opened, page)));
            }
            if ((onAPhone || onADesktop) && kinds.contains(page)) {
                // At first sight is at its top: where the page stands before a paragraph's address scrolls it.
                browser.js("window.scrollTo(0, 0);");
                readableAtFirstSight(opened, page, onAPhone ? Viewport.PHONE : Viewport.DESKTOP).ifPresent(unreadable::add);
            }
            if (onADesktop) {
                printed.addAll(printed(opened, page));
            }
        }
        if (onAPhone) {
            browser.reset();
        }
        return new Tour(errors, unanchored, landings, links, overflowing, unreadable, headers, printed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Way.class)
    void everyPageLoadsWithoutAConsoleError(Way way) {
        assertThat(tour(way).errors()).as("console errors, by page").isEmpty();
    }

    /**
     * Every page, and each page kind at first sight, on a phone, seen on the tour from disk; the page kinds on a
     * desktop in {@link #everyPageKindOnADesktopIsReadableAtFirstSightShowsItsNavigationInOneRowAndPrintsWithoutIt}.
     */
    @Test
    void onAPhoneNothingScrollsSidewaysAndEveryPageKindIsReadableAtFirstSight() {
        Tour tour = tour(way());
        assertThat(tour.overflowing()).as("pages that scroll sideways at %d px", Viewport.PHONE.width()).isEmpty();
        assertThat(tour.unreadable()).isEmpty();
    }

    /** The header bar of {@link SiteHeaderTest} on every page of the tour on a phone. */
    @Test
    void onAPhoneTheHeaderIsOneBarOfAtMost80PxWithTheNavigationInItsMenu() {
        assertThat(tour(way()).headers()).as("headers on a %d px phone", Viewport.PHONE.width()).isEmpty();
    }

    /** What makes the page open wider than the screen, if it is. */
    private Optional<String> overflow() {
        return Optional.ofNullable(browser.js("""
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth) return null;
                const wide = Array.from(document.body.querySelectorAll('*'))
                    .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
                    .slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
                return 'page is ' + root.scrollWidth + ' px wide on a ' + root.clientWidth + ' px screen; too wide: ' + wide.join(', ');
                """));
    }

    @Test
    void copyLinkGivesThePagesPermanentAddress() {
        int affordances = 0;
        List<String> wrong = new ArrayList<>();
        List<String> documents = site.documentPages();
        for (int k = 0; k < documents.size(); k++) {
            String page = documents.get(k);
            browser.open(address.of(page));
            String pageUrl = browser.js("return location.href.split('#')[0];");
            interceptClipboard();
            for (WebElement button : browser.driver().findElements(By.cssSelector("[data-copy-target]"))) {
                String label = button.getText();
                String copied = click(button);
                affordances++;
                if (copied == null || !copied.contains(pageUrl)) {
                    wrong.add(label(page) + ": '" + label + "' copied " + quote(copied) + ", not the address " + pageUrl);
                }
            }
            for (WebElement link : paragraphLinkAffordances(k, documents.size())) {
                String anchor = browser.js("return arguments[0].parentElement.closest('[id]').id;", link);
                String permanent = pageUrl + "#" + anchor;
                String href = browser.js("return arguments[0].href || null;", link);
                String copied = click(link);
                affordances++;
                if (href != null && !href.equals(permanent)) {
                    wrong.add(label(page) + ": permalink of #" + anchor + " points to " + href);
                }
                if ("button".equals(link.getTagName()) ? !permanent.equals(copied) : copied != null && !permanent.equals(copied)) {
                    wrong.add(label(page) + ": copy-link of #" + anchor + " copied " + quote(copied) + ", not " + permanent);
                }
            }
        }
        assertThat(affordances).as("copy buttons and permalinks on the document pages").isPositive();
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Way.class)
    void aParagraphsAddressOpensTheDocumentAtThatParagraph(Way way) {
        Tour tour = tour(way);
        assertThat(tour.unanchored()).as("document pages without anchored paragraphs").isEmpty();
        assertThat(tour.landings()).as("where a paragraph's address opened each document page").isEmpty();
    }

    /**
     * Every link is read: it must name a page of the site opened that way and an element of that page. From
     * disk, a sample is also followed and where it lands looked at; served and unzipped, where only how an
     * address resolves can differ, the tour opened each page kind that way, a document page at a paragraph's address.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Way.class)
    void linksBetweenDocumentsLandOnTheRightParagraph(Way way) {
        SiteAddress opened = sites.address(way);
        Set<String> links = tour(way).links();
        Assumptions.assumeFalse(links.isEmpty(),
                "no document links to a paragraph yet (cross-references add them); paragraph addresses are checked on their own");
        List<String> addresses = links.stream().map(link -> opened.base().relativize(URI.create(link)).toString()).toList();
        Set<String> pages = Set.copyOf(site.allPages());
        Map<String, Set<String>> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String address : addresses) {
            String page = address.substring(0, address.indexOf('#'));
            String id = URLDecoder.decode(address.substring(address.indexOf('#') + 1), StandardCharsets.UTF_8);
            if (!pages.contains(page)) {
                problems.add(label(opened, address) + ": no such page in the site");
            } else if (!ids.computeIfAbsent(page, site::ids).contains(id)) {
                problems.add(label(opened, address) + ": no element with id " + id);
            }
        }
        List<String> followed = way == way() ? sample(addresses, MAX_FRAGMENT_LINKS) : List.of();
        followed.stream().map(link -> landing(opened, link)).filter(problem -> problem != null).forEach(problems::add);
        assertThat(problems).as("links read: %d, followed: %d", links.size(), followed.size()).isEmpty();
    }

    @Test
    void acronymsShowTheirExpansionOnHoverAndOnKeyboardFocus() {
        int tried = 0;
        List<String> problems = new ArrayList<>();
        for (String page : site.documentPages()) {
            browser.open(address.of(page));
            List<WebElement> abbrs = browser.js("return Array.from(document.querySelectorAll('#document-text abbr')).slice(0, arguments[0]);",
                    ACRONYMS_PER_PAGE);
            for (WebElement abbr : abbrs) {
                tried++;
                String expansion = browser.js(ACRONYMS + "return expansionOf(arguments[0]);", abbr);
                if (expansion == null || expansion.isBlank()) {
                    problems.add(label(page) + ": <abbr>" + abbr.getText() + "</abbr> carries no expansion");
                    continue;
                }
                String name = label(page) + ": " + abbr.getText() + " (" + expansion + ")";
                browser.js("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur && document.activeElement.blur();");
                browser.js(ACRONYMS + "window.shownBefore = shownWith(arguments[0]);", expansion);
                browser.pointAt(abbr);
                if (!browser.eventually(ACRONYMS + "return revealed(arguments[0], arguments[1], window.shownBefore, true);",
                        abbr, expansion)) {
                    problems.add(name + ": nothing shows the expansion on hover");
                }
                browser.pointAt(0, 0);
                browser.eventually(ACRONYMS + "return !hovered(arguments[0]);", abbr);
                browser.js(ACRONYMS + "window.shownBefore = shownWith(arguments[0]);", expansion);
                focusByKeyboard(browser.js(ACRONYMS + "return focusable(arguments[0]);", abbr));
                if (!browser.eventually(ACRONYMS + "return document.activeElement === focusable(arguments[0]);", abbr)) {
                    problems.add(name + ": the keyboard cannot reach it (put it in a link, or give it tabindex=\"0\")");
                } else if (!browser.eventually(ACRONYMS + "return revealed(arguments[0], arguments[1], window.shownBefore, false);",
                        abbr, expansion)) {
                    problems.add(name + ": nothing shows the expansion on keyboard focus");
                }
            }
        }
        Assumptions.assumeTrue(tried > 0, "no <abbr> in any document's text yet (the glossary adds them)");
        assertThat(problems).as("acronyms tried: %d", tried).isEmpty();
    }

    /**
     * Each page kind on a desktop, seen on the served tour's loads: at first sight, with the site's navigation
     * in one row, then printed without its navigation but with its text.
     */
    @Test
    void everyPageKindOnADesktopIsReadableAtFirstSightShowsItsNavigationInOneRowAndPrintsWithoutIt() {
        Tour tour = tour(ON_A_DESKTOP);
        assertThat(tour.unreadable()).isEmpty();
        assertThat(tour.headers()).as("headers on a %d px desktop", Viewport.DESKTOP.width()).isEmpty();
        assertThat(tour.printed()).isEmpty();
    }

    /**
     * What is wrong with the page open, printed: its navigation shown, or no text. Print is a CSS media type that
     * follows an emulated change without a reload, so the page is looked at on screen first (a navigation there).
     */
    private List<String> printed(SiteAddress opened, String page) {
        List<String> problems = new ArrayList<>();
        if (browser.<Long>js("return document.querySelectorAll('nav').length;") == 0) {
            problems.add(label(opened, page) + ": no navigation on screen");
        }
        browser.emulateMedia("print", Map.of());
        List<String> printedNavs = browser.js("""
                const shown = el => { for (let e = el; e; e = e.parentElement) {
                    if (getComputedStyle(e).display === 'none') return false; } return true; };
                return Array.from(document.querySelectorAll('nav')).filter(shown)
                    .map(n => n.getAttribute('aria-label') || n.className || 'nav');
                """);
        if (!printedNavs.isEmpty()) {
            problems.add(label(opened, page) + ": navigation printed: " + printedNavs);
        }
        if (browser.<String>js("return document.querySelector('main').innerText.trim();").isEmpty()) {
            problems.add(label(opened, page) + ": no text printed");
        }
        browser.emulateMedia("", Map.of());
        return problems;
    }

    /**
     * Says what keeps the heading of the page just opened, at the viewport it is shown in, from being read at
     * first sight, if anything, with a screenshot of it then (and otherwise if the run asks for screenshots).
     */
    private Optional<String> readableAtFirstSight(SiteAddress opened, String page, Viewport viewport) {
        String problem = browser.js("""
                const h = document.querySelector('main h1');
                if (!h) return 'no heading in main';
                const r = h.getBoundingClientRect();
                if (r.left < 0 || r.right > document.documentElement.clientWidth + 0.5) return 'the heading is cut off at the side';
                if (r.top < 0 || r.top > innerHeight * 0.75) return 'the heading starts ' + Math.round(r.top) + ' px down';
                return null;
                """);
        if (problem == null) {
            browser.screenshot(screenshotName(opened, page, viewport.name()));
            return Optional.empty();
        }
        Path shot = browser.screenshotOfAProblem(screenshotName(opened, page, viewport.name()));
        return Optional.of(label(opened, page) + " at " + viewport.width() + " px: " + problem + " (" + shot + ")");
    }

    /** Opens {@code page#id} and says what is wrong with where the reader lands, or null. */
    private String landing(SiteAddress opened, String pageWithFragment) {
        browser.open(opened.of(pageWithFragment));
        return landed(opened, pageWithFragment);
    }

    /** What is wrong with where the reader landed on the page open at {@code page#id}, or null. */
    private String landed(SiteAddress opened, String pageWithFragment) {
        return browser.js("""
                const id = decodeURIComponent(location.hash.slice(1));
                const target = document.getElementById(id);
                if (!target) return arguments[0] + ': no element with id ' + id;
                const r = target.getBoundingClientRect();
                return (r.bottom > 0 && r.top >= -1 && r.top < innerHeight) ? null
                    : arguments[0] + ': the paragraph is ' + Math.round(r.top) + ' px from the top of a ' + innerHeight + ' px window';
                """, label(opened, pageWithFragment));
    }

    /**
     * Per-paragraph permalinks (a link to the paragraph it stands in) and copy-link buttons (a button that
     * speaks of copying or links): one of each on the {@code k}-th of {@code n} document pages, further into
     * the text from page to page, so that the pages together try them from the start to the end of a text (the
     * same script on every page: three of each per page cost Chromium 2.5 s more).
     */
    private List<WebElement> paragraphLinkAffordances(int k, int n) {
        // Chosen in the page: handing every permalink of a long report to the test took seconds.
        return browser.js("""
                const [k, n] = arguments;
                const copyLink = b => /copy|link/i.test([b.className, b.title, b.getAttribute('aria-label'), b.textContent].join(' '));
                const all = Array.from(document.querySelectorAll('#document-text a[href^="#"], #document-text button'))
                    .filter(e => !e.hasAttribute('data-copy-target'))
                    .filter(e => { const owner = e.parentElement.closest('[id]');
                        return owner && owner.closest('#document-text')
                            && (e.tagName === 'BUTTON' ? copyLink(e) : e.getAttribute('href') === '#' + owner.id); });
                return ['A', 'BUTTON'].map(tag => all.filter(e => e.tagName === tag))
                    .filter(ofTag => ofTag.length).map(ofTag => ofTag[n < 2 ? 0 : Math.floor(k * (ofTag.length - 1) / (n - 1))]);
                """, k, n);
    }

    /** Records what the page puts in the clipboard, by either route dossier.js may take. */
    private void interceptClipboard() {
        browser.js("""
                window.__copied = [];
                const record = text => window.__copied.push(String(text));
                if (navigator.clipboard) { navigator.clipboard.writeText = text => { record(text); return Promise.resolve(); }; }
                const exec = document.execCommand.bind(document);
                document.execCommand = function (command) {
                  if (String(command).toLowerCase() !== 'copy') return exec.apply(null, arguments);
                  const field = Array.from(document.querySelectorAll('textarea, input')).find(f => f.selectionEnd > f.selectionStart);
                  record(field ? field.value.substring(field.selectionStart, field.selectionEnd) : String(window.getSelection()));
                  return true;
                };
                """);
    }

    /** Clicks as a reader would and returns what was copied, or null. */
    private String click(WebElement element) {
        browser.js("window.__copied = [];");
        try {
            browser.click(element);
        } catch (ElementNotInteractableException hiddenUntilHover) {
            browser.js("arguments[0].click();", element);
        }
        return browser.js("return window.__copied.length ? window.__copied[window.__copied.length - 1] : null;");
    }

    /** Puts keyboard focus on an element the way a keyboard user arrives: by Tab from the element before. */
    private void focusByKeyboard(WebElement element) {
        browser.js("arguments[0].focus();", element);
        new Actions(browser.driver()).keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys(org.openqa.selenium.Keys.TAB)
                .keyUp(org.openqa.selenium.Keys.SHIFT).sendKeys(org.openqa.selenium.Keys.TAB).perform();
    }

    private static <T> List<T> sample(List<T> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            out.add(items.get(i * (items.size() - 1) / (max - 1)));
        }
        return out;
    }

    private static String quote(String text) {
        return text == null ? "nothing" : "'" + text + "'";
    }

    /**
     * How an acronym's expansion can be shown: a native tooltip (title, on hover only), an element that
     * appears (a popup, role=tooltip …) or generated content of the acronym or its link. What showed the
     * expansion before the hover or the focus stays in the page ({@code window.shownBefore}), not sent to the
     * test and back.
     */
    private static final String ACRONYMS = """
            const normal = t => (t || '').replace(/\\s+/g, ' ').trim();
            function expansionOf(abbr) {
              const described = (abbr.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
                .map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent).join(' ');
              return normal(abbr.getAttribute('title') || abbr.getAttribute('data-title')
                || abbr.getAttribute('data-expansion') || described || abbr.getAttribute('aria-label'));
            }
            function hovered(abbr) {
              return abbr.matches(':hover') || focusable(abbr).matches(':hover');
            }
            function focusable(abbr) {
              return abbr.closest('a[href], button, [tabindex]') || abbr;
            }
            function visible(e) {
              return e.checkVisibility({opacityProperty: true, visibilityProperty: true}) && e.getClientRects().length > 0;
            }
            function shownWith(expansion) {
              return Array.from(document.querySelectorAll('body *'))
                .filter(e => normal(e.textContent).includes(expansion) && visible(e));
            }
            function generated(e, expansion) {
              return ['::before', '::after'].some(p => normal(getComputedStyle(e, p).content).includes(expansion));
            }
            function revealed(abbr, expansion, before, nativeTooltipCounts) {
              const trigger = focusable(abbr);
              if (!nativeTooltipCounts && document.activeElement !== trigger) return false;
              if (nativeTooltipCounts && (normal(abbr.title) === expansion || normal(trigger.title) === expansion)) return true;
              if (generated(abbr, expansion) || generated(trigger, expansion)) return true;
              return shownWith(expansion).some(e => !before.includes(e));
            }
            """;
}
