package dossier.annotation.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.browser.Sites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * An acronym's expansion in a real browser, on a document page of the real dossier opened from disk
 * (file://): shown on hover, on keyboard focus and on a tap, hidden again by Escape, inside the screen
 * on a phone.
 */
@ExtendWith(InBrowser.class)
class AcronymTooltipBrowserTest {

    static Browser chromium;
    static ChromeDriver browser;
    static String page;

    @BeforeAll
    static void open(Browser shared, Sites sites) {
        page = sites.baked().root().resolve("documents/s-2012-894.html").toUri().toString();
        chromium = shared;
        browser = shared.driver();
    }

    /** The first acronym of the text that reads {@code text}, found by the page (a round trip per acronym cost seconds). */
    private WebElement acronym(String text) {
        WebElement found = (WebElement) browser.executeScript("""
                return Array.from(document.querySelectorAll('#document-text a.acronym'))
                    .find(a => a.textContent.trim() === arguments[0]) || null;""", text);
        assertThat(found).as("an acronym %s in the text", text).isNotNull();
        return found;
    }

    /** The expansion as the reader sees it: the link's generated box, when it is displayed. */
    private String shown(WebElement acronym) {
        return (String) browser.executeScript("""
                const after = getComputedStyle(arguments[0], '::after');
                return after.display === 'none' ? '' : after.content.replace(/^"|"$/g, '');""", acronym);
    }

    private void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Every way of showing an expansion, on one load of the page (a load of this long report cost Chromium
     * more CPU than all the checks on it): hover, keyboard focus and Escape, a phone's screen, then the tap,
     * last because its second tap leaves the page.
     */
    @Test
    void shown_on_hover_on_focus_and_on_a_tap_hidden_by_escape_and_inside_a_phone_screen() {
        browser.manage().window().setSize(new Dimension(1200, 900));
        browser.get(page);
        hiddenUntilHoveredThenShown();
        shownOnFocusAndHiddenByEscape();
        insideAPhoneScreen();
        browser.manage().window().setSize(new Dimension(1200, 900));
        aFirstTapShowsASecondOpensTheGlossary();
    }

    private void hiddenUntilHoveredThenShown() {
        WebElement mnla = acronym("MNLA");
        scrollTo(mnla);
        assertThat(shown(mnla)).isEmpty();

        chromium.pointAt(mnla);

        assertThat(shown(mnla)).isEqualTo("National Movement for the Liberation of Azawad");
    }

    private void shownOnFocusAndHiddenByEscape() {
        WebElement ecowas = acronym("ECOWAS");
        scrollTo(ecowas);
        browser.executeScript("arguments[0].focus();", ecowas);
        assertThat(shown(ecowas)).isEqualTo("Economic Community of West African States");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        assertThat(shown(ecowas)).isEmpty();
        assertThat(browser.switchTo().activeElement()).isEqualTo(ecowas);
    }

    private void aFirstTapShowsASecondOpensTheGlossary() {
        WebElement aqim = acronym("AQIM");
        scrollTo(aqim);
        tap(aqim);
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(shown(aqim)).isEqualTo("Al-Qaida in the Islamic Maghreb");

        tap(aqim);

        assertThat(browser.getCurrentUrl()).endsWith("/glossary.html#aqim");
    }

    private void insideAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 800));
        List<WebElement> acronyms = browser.findElements(By.cssSelector("#document-text a.acronym"));
        for (WebElement acronym : List.of(acronyms.get(0), acronyms.get(acronyms.size() / 2), acronyms.get(acronyms.size() - 1))) {
            scrollTo(acronym);
            browser.executeScript("arguments[0].focus();", acronym);
            Boolean inside = (Boolean) browser.executeScript("""
                    const after = getComputedStyle(arguments[0], '::after');
                    const width = document.documentElement.clientWidth;
                    return after.display !== 'none' && after.position === 'fixed'
                        && parseFloat(after.left) >= 0 && parseFloat(after.right) >= 0
                        && document.documentElement.scrollWidth <= width;""", acronym);
            assertThat(inside).as(acronym.getText()).isTrue();
        }
    }

    /** A finger's tap at the element's centre, as Chromium's touch input delivers it. */
    private void tap(WebElement element) {
        Map<String, Object> point = Map.of("x", element.getRect().getX() + element.getRect().getWidth() / 2.0
                - ((Number) browser.executeScript("return window.scrollX;")).doubleValue(),
                "y", element.getRect().getY() + element.getRect().getHeight() / 2.0
                - ((Number) browser.executeScript("return window.scrollY;")).doubleValue());
        browser.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        browser.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }
}
