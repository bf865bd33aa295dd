package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;

/**
 * A drop-down list a reader chooses from, chosen in one command: the option is selected and the list says it
 * changed, as when a reader picks it. Selenium's {@code Select} read the options a round trip each and picked
 * one with WebDriver's click, which cost Chromium several times the CPU.
 */
public final class SelectBox {

    private SelectBox() {
    }

    /** Chooses the option showing {@code text} in the list {@code selector} names, which must be shown and enabled. */
    public static void choose(JavascriptExecutor page, String selector, String text) {
        String refused = (String) page.executeScript("""
                const [selector, text] = arguments;
                const list = document.querySelector(selector);
                if (!list || list.disabled || !list.checkVisibility({visibilityProperty: true})) return 'not shown or not enabled';
                const option = Array.from(list.options).find(o => o.text.trim() === text);
                if (!option || option.disabled) return 'no option to choose';
                if (!option.selected) {
                  option.selected = true;
                  list.dispatchEvent(new Event('input', {bubbles: true}));
                  list.dispatchEvent(new Event('change', {bubbles: true}));
                }
                return null;
                """, selector, text);
        assertThat(refused).as("%s: \"%s\"", selector, text).isNull();
    }
}
