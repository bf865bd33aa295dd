package dossier.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * axe-core put into every page the browser loads while this is open, before the page's own scripts, so that
 * {@link Browser#axe} finds it there. Its 550 kB go to Chromium once, through the DevTools protocol: sent with
 * the first check on each page, they cost Chromium 0.2 to 0.5 s of CPU a page (carried to the page, then
 * compiled as a new function); added so, a page with axe took about as long to load as without it. Open only
 * around checks that run axe on (nearly) every page they load.
 */
public final class AxeOnLoad implements AutoCloseable {

    private static String source;

    private final Browser browser;
    private final Object identifier;

    private AxeOnLoad(Browser browser, Object identifier) {
        this.browser = browser;
        this.identifier = identifier;
    }

    /** From the next page the browser loads on. */
    public static AxeOnLoad open(Browser browser) {
        Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", source()));
        return new AxeOnLoad(browser, added.get("identifier"));
    }

    /** axe-core 4.10, a test resource. */
    static synchronized String source() {
        if (source == null) {
            try (InputStream in = AxeOnLoad.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("test resource /axe/axe.min.js is missing");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    @Override
    public void close() {
        browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }
}
