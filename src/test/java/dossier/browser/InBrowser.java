package dossier.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One set-up for every browser test of a run: one Chromium ({@link Browser}) and the real dossier baked
 * once ({@link Sites}), made on first use and closed when the run ends; starting Chromium and baking per
 * class cost more than many of the checks. "The run" is JUnit's launcher session, which spans a test JVM:
 * surefire's forks each hold one, and run each class as an execution of its own, whose root store would
 * close the browser after every class. After each test the browser is put back as it started.
 * A class says {@code @ExtendWith(InBrowser.class)} and takes a {@code Browser} or {@code Sites} as a
 * parameter of a test, of a {@code @BeforeAll} method or of its constructor.
 */
public final class InBrowser implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(InBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Sites.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class ? browser(context) : sites(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = run(context).get(Browser.class, Browser.class);
        if (browser != null) {
            browser.reset();
        }
    }

    /** The run's Chromium; JUnit closes it (an AutoCloseable in the session's store) when the session ends. */
    private static Browser browser(ExtensionContext context) {
        return run(context).getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    }

    private static Sites sites(ExtensionContext context) {
        return run(context).getOrComputeIfAbsent(Sites.class, key -> new Sites(BakedSite.realDossier()), Sites.class);
    }

    private static ExtensionContext.Store run(ExtensionContext context) {
        return context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, RUN);
    }
}
