package dossier.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Waits for a condition on the open page in one script that looks again every 10 ms in the page: a look
 * from the test was two round trips to Chromium (and its driver) every 20 ms, most of the CPU of a wait.
 */
public final class PageWait {

    private PageWait() {
    }

    /**
     * Whether {@code condition}, the body of a script returning a boolean (it may read {@code arguments[0]} …,
     * given as {@code args}), holds within {@code timeout}. A look that throws counts as not met.
     */
    public static boolean until(JavascriptExecutor page, Duration timeout, String condition, Object... args) {
        List<Object> all = new ArrayList<>(Arrays.asList(args));
        all.add(timeout.toMillis());
        Object met = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const until = Date.now() + arguments[arguments.length - 2];
                const holds = () => { %s };
                (function look() {
                  let ok = false;
                  try { ok = holds() === true; } catch (e) { }
                  if (ok) done(true); else if (Date.now() > until) done(false); else setTimeout(look, 10);
                })();
                """.formatted(condition), all.toArray());
        return Boolean.TRUE.equals(met);
    }
}
