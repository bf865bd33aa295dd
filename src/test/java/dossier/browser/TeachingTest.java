package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Browser.Viewport;
import dossier.browser.Sites.Way;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a teacher and a student do with a document page (issue 24), in Chromium: link and cite a run of
 * paragraphs, link a quoted passage, and read the title first on a phone. What an address does (a run's
 * address, its citation, a passage's link) is checked on the site served and from disk, as a teacher's
 * copy or the unzipped offline site; the rest, the same script and styles whatever the address, served.
 */
class TeachingTest extends SiteInBrowser {

    @Override
    protected Way way() {
        return Way.SERVED;
    }

    static final String REPORT = "documents/s-2012-894.html";

    /** The anchored blocks (those with a permalink) of a baked page from {@code first} to {@code last}, in order. */
    List<String> blocksBetween(String page, String first, String last) {
        List<String> ids;
        try {
            ids = Jsoup.parse(site.root().resolve(page).toFile(), "UTF-8").select("#document-text [id]:has(> a.permalink)")
                    .stream().map(Element::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids.subList(ids.indexOf(first), ids.indexOf(last) + 1);
    }

    /** The ids of the paragraphs the page marks as a run. */
    private List<String> marked() {
        return browser.js("return Array.from(document.querySelectorAll('.in-run')).map(e => e.id);");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Way.class, names = {"SERVED", "FROM_DISK"})
    void aRunAddressMarksExactlyItsParagraphsOpensAtTheFirstAndIsCitedAsARun(Way way) {
        SiteAddress address = sites.address(way);
        browser.open(address.of(REPORT + "#para-4--para-10"));

        assertThat(marked()).as("marked on %s", label(address, REPORT)).isEqualTo(blocksBetween(REPORT, "para-4", "para-10"))
                .hasSize(7);
        Map<String, Object> first = browser.js("""
                const r = document.getElementById('para-4').getBoundingClientRect();
                return {top: r.top, height: innerHeight, scrolled: scrollY};
                """);
        assertThat(((Number) first.get("scrolled")).doubleValue()).as("the page scrolled to the run").isPositive();
        assertThat(((Number) first.get("top")).doubleValue()).as("para. 4 at the top of the screen")
                .isBetween(-1.0, ((Number) first.get("height")).doubleValue() / 3);
        browser.screenshot(screenshotName(address, REPORT, "run-4-10"));
        String citation = browser.js("return document.getElementById('citation-text').textContent.replace(/\\s+/g, ' ').trim();");
        assertThat(citation).contains("UN document S/2012/894, 28 November 2012, paras. 4–10.")
                .endsWith(REPORT.substring("documents/".length()) + "#para-4--para-10");

        browser.open(address.of(REPORT + "#para-12"));
        assertThat(marked()).isEmpty();
        assertThat(browser.<String>js("return document.getElementById('citation-text').textContent;"))
                .contains("28 November 2012, para. 12.").endsWith("#para-12");
    }

    @Test
    void aShiftClickOnASecondParagraphsLinkAddressesTheRun() {
        browser.open(address.of(REPORT + "#para-10"));
        browser.js("document.querySelector('#para-6 > a.permalink').dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, shiftKey: true}));");

        assertThat(browser.<String>js("return location.hash;")).isEqualTo("#para-6--para-10");
        assertThat(marked()).isEqualTo(blocksBetween(REPORT, "para-6", "para-10"));
    }

    /** Selects words 3 to 12 of the first long run of text in para. 12; returns the selected text. */
    private String selectAPassage() {
        return browser.js("""
                const p = document.getElementById('para-12');
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode()) && node.data.trim().split(/\\s+/).length < 20) {}
                const words = [...node.data.matchAll(/\\S+/g)];
                const range = document.createRange();
                range.setStart(node, words[2].index);
                range.setEnd(node, words[11].index + words[11][0].length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                window.__passage = {start: words[2].index, end: words[11].index + words[11][0].length};
                return range.toString();
                """);
    }

    /** Whether the words of the passage given as {@code arguments[0]} in para. 12 are on the screen. */
    private static final String PASSAGE_ON_SCREEN = """
            const p = document.getElementById('para-12');
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode()) && node.data.indexOf(arguments[0]) < 0) {}
            if (!node) return false;
            const range = document.createRange();
            range.setStart(node, node.data.indexOf(arguments[0]));
            range.setEnd(node, node.data.indexOf(arguments[0]) + arguments[0].length);
            const r = range.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
            """;

    private static final String OFFERED = "return !document.querySelector('.passage-offer').hidden;";

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Way.class, names = {"SERVED", "FROM_DISK"})
    void copyLinkToThisPassageGivesAnAddressThatLandsOnThePassage(Way way) {
        SiteAddress address = sites.address(way);
        browser.open(address.of(REPORT));
        String passage = selectAPassage();
        waitFor(OFFERED);

        browser.screenshot(screenshotName(address, REPORT, "passage-offered"));
        String fragment = browser.js("return document.querySelector('.passage-offer a').getAttribute('href');");
        assertThat(browser.<String>js("return document.querySelector('.passage-offer a').textContent;"))
                .isEqualTo("Copy link to this passage");
        assertThat(fragment).as("the passage's address names its paragraph first").startsWith("#para-12:~:text=");
        assertThat(browser.<Boolean>js(PASSAGE_ON_SCREEN, passage)).as("at the top of the page, the passage is below the screen").isFalse();

        browser.open(URI.create("about:blank"));
        browser.open(address.of(REPORT + fragment));
        waitFor(PASSAGE_ON_SCREEN, passage);
        assertThat(browser.<Boolean>js("return 'fragmentDirective' in document;")).as("Chromium follows text fragments").isTrue();

        // A browser without text fragments sees "para-12:~:text=…" as the fragment: the script takes it to the paragraph.
        browser.open(URI.create("about:blank"));
        browser.open(address.of(REPORT + fragment.replace(":~:", "%3A~%3A")));
        assertThat(browser.<String>js("return decodeURIComponent(location.hash);")).startsWith("#para-12:~:text=");
        waitFor("const r = document.getElementById('para-12').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight / 3;");
    }

    @Test
    void onAPhoneTheTitleComesFirstAndTheContentsAreAClosedDisclosureBelowIt() {
        browser.viewport(Viewport.PHONE);
        for (String page : site.documentPages()) {
            browser.open(address.of(page));
            Map<String, Object> layout = browser.js("""
                    const h1 = document.querySelector('h1').getBoundingClientRect();
                    const toc = document.querySelector('nav.toc');
                    return {h1Top: h1.top, h1Bottom: h1.bottom, screen: innerHeight,
                            tocTop: toc ? toc.getBoundingClientRect().top : null,
                            open: toc ? toc.querySelector('details').open : null};
                    """);
            assertThat(((Number) layout.get("h1Bottom")).doubleValue()).as("the title within the first screen of %s", label(page))
                    .isLessThanOrEqualTo(((Number) layout.get("screen")).doubleValue());
            if (layout.get("tocTop") != null) {
                assertThat(((Number) layout.get("h1Top")).doubleValue()).as("the title above the contents on %s", label(page))
                        .isLessThan(((Number) layout.get("tocTop")).doubleValue());
                assertThat(layout.get("open")).as("the contents closed on %s", label(page)).isEqualTo(false);
            }
            if (page.equals(REPORT)) {
                browser.screenshot(screenshotName(REPORT, "phone-title-first"));
            }
        }

        browser.viewport(Viewport.DESKTOP);
        browser.open(address.of(REPORT));
        Map<String, Object> wide = browser.js("""
                const toc = document.querySelector('nav.toc');
                return {open: toc.querySelector('details').open,
                        beside: toc.getBoundingClientRect().left >= document.getElementById('document-text').getBoundingClientRect().right};
                """);
        assertThat(wide).as("the contents on a wide screen").containsEntry("open", true).containsEntry("beside", true);
    }

    /**
     * The run stays marked while a passage outside it is offered: one axe run sees both. axe-core comes with
     * each load ({@link AxeOnLoad}), sent to Chromium once rather than once a page.
     */
    @Test
    void axeFindsNoViolationWithARunMarkedOrAPassageOffered() {
        try (AxeOnLoad axe = AxeOnLoad.open(browser)) {
            for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
                browser.viewport(viewport);
                browser.open(address.of(REPORT + "#para-4--para-10"));
                selectAPassage();
                waitFor(OFFERED);
                assertThat(marked()).as("the run, with a passage offered").hasSize(7);
                assertThat(browser.axe()).as("axe on a run with a passage offered, %s", viewport.name()).isEmpty();
            }
        }
    }

    /** Waits until a script's condition holds on the page, for five seconds at most. */
    private void waitFor(String condition, Object... args) {
        assertThat(browser.eventually(condition, args)).as("waited 5 s for the page: %s", condition).isTrue();
    }
}
