package dossier.browser;

import static org.assertj.core.api.Assertions.fail;

import dossier.build.RunFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Interaction;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: nothing is downloaded, and Selenium
 * Manager never runs because the driver and the browser are named explicitly. Tests share one per run
 * through {@link InBrowser}. Without the packages a browser test fails, saying what to install: a run that
 * skipped them would look green without having looked at a page.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Desktop and phone viewports, in CSS pixels. */
    record Viewport(String name, int width, int height, boolean mobile) {
        static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
        static final Viewport PHONE = new Viewport("phone", 375, 800, true);
    }

    private static final Duration POLL = Duration.ofMillis(20);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Chromium processes started in this JVM: one per run when every test shares {@link InBrowser}'s. */
    private static final AtomicInteger STARTS = new AtomicInteger();

    /** A Chromium of the caller's own, to close when done; tests take the run's shared one from {@link InBrowser}. */
    public static Browser start() {
        requireChromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("dossier-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The tests open thousands of pages and never go back: a navigation that keeps the page it leaves in
        // the back-forward cache, and makes a new document host for the next, cost Chromium a third more CPU.
        // Headless, Chromium still keeps two address-bar popups as web pages of its own, in a renderer that
        // works on every navigation: without them a page load costs it an eighth less CPU. One renderer serves
        // every site: the tests go from file:// pages to served ones and back, and each change of site started
        // a new renderer, 0.66 s of CPU a load against 0.27 s (loads alternating between the two).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-site-isolation-trials", "--renderer-process-limit=1",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-features=RenderDocument,BackForwardCache,WebUIOmniboxPopup,WebUIOmniboxAimPopup,"
                        + "WebUIOmniboxFullPopup,PreloadTopChromeWebUI",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        System.out.println("Chromium started (" + STARTS.incrementAndGet() + " in this JVM)");
        return new Browser(driver, profile);
    }

    private static void requireChromium() {
        requireChromium(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));
    }

    /** Returns when both programs are there; otherwise fails, naming what to install ({@code ci}: the CI variable). */
    static void requireChromium(Path chromium, Path chromedriver, String ci) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String missing = "the browser tests need Debian's Chromium and its driver (" + chromium + ", " + chromedriver
                + "): apt-get install chromium chromium-driver";
        fail(("true".equalsIgnoreCase(ci) ? "under CI " : "") + missing);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The reader's mouse: one for every move and click, so that the browser knows where it last was. */
    private static final PointerInput MOUSE = new PointerInput(PointerInput.Kind.MOUSE, "default mouse");

    /**
     * Moves the mouse onto the middle of an element in one step, as a reader's does. Selenium's own moves glide
     * for 100 to 250 ms, which chromedriver waits out and Chromium fills with moves between: 300 ms a move where
     * this takes 20 (and a fifth of Chromium's CPU).
     */
    public void pointAt(WebElement element) {
        driver.perform(List.of(pointer(MOUSE.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))));
    }

    /** Moves the mouse, in one step, to a point of the window. */
    public void pointAt(int x, int y) {
        driver.perform(List.of(pointer(MOUSE.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), x, y))));
    }

    /**
     * Clicks an element with the mouse, as {@link #pointAt} moves it, once it is scrolled to the middle of the
     * window as a reader scrolls to it (the mouse reaches only what the window shows). WebDriver's element click
     * costs Chromium four times the CPU, checking what covers the element before it clicks.
     */
    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        driver.perform(List.of(pointer(
                MOUSE.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0),
                MOUSE.createPointerDown(PointerInput.MouseButton.LEFT.asArg()),
                MOUSE.createPointerUp(PointerInput.MouseButton.LEFT.asArg()))));
    }

    private static Sequence pointer(Interaction... steps) {
        Sequence sequence = new Sequence(MOUSE, 0);
        for (Interaction step : steps) {
            sequence.addAction(step);
        }
        return sequence;
    }

    /** Opens a page, and forgets what the console said before. */
    void open(URI page) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(page.toString());
    }

    /**
     * Console messages of level error (SEVERE) since the last {@link #open}: script errors, failed loads (a
     * 404 of /favicon.ico too: the pages name an empty icon so that browsers do not ask for one).
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * A wait on a condition that looks again every 20 ms: Selenium's own looks every 500 ms, which made each
     * wait that was not met at once cost half a second.
     */
    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /** Waits until the page open has an address containing {@code part} and has loaded, as after a script's redirect. */
    public void waitForLoaded(String part) {
        waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(part)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /**
     * Whether {@code condition}, the body of a script returning a boolean, holds on the open page within five
     * seconds, looked at in the page ({@link PageWait}).
     */
    boolean eventually(String condition, Object... args) {
        return PageWait.until(driver, Duration.ofSeconds(5), condition, args);
    }

    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    <T> T asyncJs(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** axe-core's rules that judge colours: of text against its background, of a link against the text around it. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /**
     * Runs axe-core's default rules on the open page: the rules of content (names, roles, ids, structure,
     * language), whose failures hang on each element's own text and attributes, on every element; the colour
     * rules, which read the computed style of each element of the sample ({@link #SAMPLE}), on the sample.
     * The colour rules were half of axe's time on the longest pages; split so, axe took half the CPU on the
     * subjects page and on S/2012/894, 0.3 s instead of 0.47 s on twenty search results, the same on the
     * "not found" page. One line per violated rule with a few of the elements at fault.
     */
    public List<String> axe() {
        return runAxe(false);
    }

    /** axe-core's colour rules on the sample: what a change of colour scheme can change. */
    public List<String> axeColours() {
        return runAxe(true);
    }

    private List<String> runAxe(boolean coloursOnly) {
        if (!Boolean.TRUE.equals(js("return !!window.axe && typeof window.axe.run === 'function';"))) {
            js(AxeOnLoad.source());
        }
        return asyncJs(SAMPLE + """
                const done = arguments[arguments.length - 1];
                const [coloursOnly, colourRules] = arguments;
                (async () => {
                  const excluded = sample();
                  const colours = {resultTypes: ['violations'], runOnly: {type: 'rule', values: colourRules}};
                  if (coloursOnly) return (await axe.run(excluded.length ? {exclude: excluded} : document, colours)).violations;
                  // A page the sample leaves whole takes one run: each has a cost of its own.
                  if (!excluded.length) return (await axe.run(document, {resultTypes: ['violations']})).violations;
                  const off = Object.fromEntries(colourRules.map(rule => [rule, {enabled: false}]));
                  return (await axe.run(document, {resultTypes: ['violations'], rules: off})).violations
                      .concat((await axe.run({exclude: excluded}, colours)).violations);
                })().then(violations => done(violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | '))))
                  .catch(e => done(['axe-core could not run: ' + e]));
                """, coloursOnly, COLOUR_RULES);
    }

    /**
     * {@code sample()}: the elements a colour check may leave out, as a page of the same kind with every
     * element kind would. Siblings of one kind (tag, classes, inline style), more than four in a row, are the
     * entries of one template's loop: they differ in text and addresses, not in colours; the first two and
     * last two are kept (odd and even, where a style alternates), and any other that holds an element kind
     * not met yet on the page.
     */
    private static final String SAMPLE = """
            function sample() {
              const kindOf = e => e.tagName + '.' + Array.from(e.classList).sort().join('.') + '|' + (e.getAttribute('style') || '');
              const seen = new Set();
              const excluded = [];
              const visit = element => {
                seen.add(kindOf(element));
                const children = Array.from(element.children);
                const counts = new Map();
                children.forEach(c => counts.set(kindOf(c), (counts.get(kindOf(c)) || 0) + 1));
                const positions = new Map();
                const middle = [];
                for (const child of children) {
                  const kind = kindOf(child);
                  const at = (positions.get(kind) || 0) + 1;
                  positions.set(kind, at);
                  if (counts.get(kind) > 4 && at > 2 && at <= counts.get(kind) - 2) middle.push(child); else visit(child);
                }
                for (const child of middle) {
                  if ([child, ...child.querySelectorAll('*')].some(e => !seen.has(kindOf(e)))) visit(child); else excluded.push(child);
                }
              };
              visit(document.body);
              return excluded;
            }
            """;

    /** Whether a test changed the viewport, the media or script since the last {@link #reset}. */
    private boolean emulating;

    /** Sizes the page's viewport as a desktop window or a phone screen would (phones honour the viewport meta tag). */
    void viewport(Viewport viewport) {
        emulating = true;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(),
                "height", viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
    }

    /** Emulates a media type ("print", "screen" or "" for none) and media features such as prefers-color-scheme. */
    void emulateMedia(String media, Map<String, String> features) {
        emulating = true;
        List<Map<String, String>> list = features.entrySet().stream()
                .map(f -> Map.of("name", f.getKey(), "value", f.getValue())).toList();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", list));
    }

    /** Turns the pages' scripts off or on, as a reader's browser settings may. */
    void scripts(boolean on) {
        emulating = true;
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /**
     * Puts the browser back as it started, for the next test: a blank page (a test that opens the page the
     * last one left at another fragment would otherwise only scroll it), no emulated media or viewport, script
     * on, the desktop window. The blank page first: each change lays out the page open again, which on the
     * longest pages cost more than loading the blank one; a test that left it blank (one that read files only)
     * is not given it again. The emulation is put back only where a test changed it, as most change none.
     */
    void reset() {
        if (!"about:blank".equals(driver.getCurrentUrl())) {
            driver.get("about:blank");
        }
        if (emulating) {
            emulateMedia("", Map.of());
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            scripts(true);
            emulating = false;
        }
        driver.manage().window().setSize(new Dimension(Viewport.DESKTOP.width(), Viewport.DESKTOP.height()));
    }

    /**
     * Whether the run asks for a screenshot of every page state the checks look at ({@code
     * -Ddossier.screenshots=true}): each cost Chromium about as much CPU as loading its page, some forty per run.
     */
    private static final boolean EVERY_SCREENSHOT = Boolean.getBoolean("dossier.screenshots");

    /** Saves what the viewport shows under target/screenshots/, for a person to look at, when the run asks for them. */
    void screenshot(String name) {
        if (EVERY_SCREENSHOT) {
            screenshotOfAProblem(name);
        }
    }

    /** Saves what the viewport shows as a PNG under target/screenshots/, whatever the run asks: a page a check found wrong. */
    Path screenshotOfAProblem(String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            RunFixture.deleteQuietly(profile);
        }
    }
}
