package dossier.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.browser.Browser;
import dossier.browser.InBrowser;
import dossier.build.SmallDossier;
import dossier.cli.DossierCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Wait;
import picocli.CommandLine;

/**
 * Under {@code dossier serve}, a page open in the browser follows its source: an edit shows without a
 * reload by hand, in the same place on the page, and a bad edit shows the file at fault over the last good
 * page, until dismissed.
 */
@ExtendWith(InBrowser.class)
class LiveReloadBrowserTest {

    private static final Pattern SERVING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    @Test
    void anOpenPageShowsAnEditWithoutAReloadByHandAndABadEditAsAnOverlay(Browser browser) throws Exception {
        SmallDossier.writeInto(dir);
        Path source = dir.resolve("content/documents/s-2021-400.txt");
        StringWriter said = new StringWriter();
        CommandLine serve = DossierCommand.commandLine().setOut(new PrintWriter(said, true)).setErr(new PrintWriter(new StringWriter(), true));
        Thread serving = new Thread(() -> serve.execute("serve", "--source", dir.toString(), "--port", "0"));
        serving.setDaemon(true);
        serving.start();
        try {
            int port = port(said);
            ChromeDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/documents/s-2021-400.html");
            driver.executeScript("window.notReloaded = true;");
            // The page is replaced as it reloads itself: a look that the reload interrupts is taken again. The
            // rebuild takes seconds: a look every 100 ms, at the page's text in one script (WebDriver's visible
            // text of the whole page every 20 ms kept Chromium busy while it waited).
            Wait<WebDriver> wait = browser.waiting(Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(100))
                    .ignoring(JavascriptException.class);

            Files.writeString(source, SmallDossier.LETTER.replace("statement of my Government", "statement of my freshly edited Government"));
            wait.until(d -> (Boolean) driver.executeScript("return document.querySelector('main').textContent.includes('freshly edited');"));
            assertThat(shown(driver, "main")).contains("freshly edited");
            assertThat(driver.executeScript("return window.notReloaded === undefined")).as("the page reloaded itself").isEqualTo(true);

            Files.write(source, new byte[] {0, 1, 2, 3});
            // The failure is shown over the page, not by a reload: waited for in the page, in one command.
            driver.executeAsyncScript("""
                    const shown = arguments[arguments.length - 1];
                    if (document.getElementById('dossier-live-failure')) {
                      shown();
                    } else {
                      new MutationObserver((changes, observer) => {
                        if (document.getElementById('dossier-live-failure')) {
                          observer.disconnect();
                          shown();
                        }
                      }).observe(document.body, {childList: true});
                    }
                    """);
            assertThat(shown(driver, "#dossier-live-failure")).contains("s-2021-400.txt");
            assertThat(shown(driver, "main")).as("the last good page").contains("freshly edited");
            browser.click(driver.findElement(By.cssSelector("#dossier-live-failure button")));
            assertThat(driver.executeScript("return document.getElementById('dossier-live-failure') === null;")).isEqualTo(true);
        } finally {
            serving.interrupt();
            serving.join(60_000);
        }
        assertThat(serving.isAlive()).isFalse();
        try (var files = Files.walk(dir.resolve("output"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".zip") || file.toString().endsWith(".epub")) {
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                            assertNoTrace(entry.getName(), zip.getInputStream(entry).readAllBytes());
                        }
                    }
                } else {
                    assertNoTrace(file.toString(), Files.readAllBytes(file));
                }
            }
        }
    }

    private static void assertNoTrace(String name, byte[] bytes) {
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as("nothing of serve's live reload in the built site: " + name)
                .doesNotContain("_dossier", "EventSource", "dossier-live");
    }

    /** The text an element shows. */
    private static String shown(ChromeDriver driver, String selector) {
        return (String) driver.executeScript("return document.querySelector(arguments[0]).innerText;", selector);
    }

    /** The port serve says it serves on, once it has built the site. */
    private static int port(StringWriter said) throws InterruptedException {
        // Looked at every 20 ms: every 500 ms, the wait cost a quarter of a second on average.
        for (int waited = 0; waited < 15_000; waited++) {
            Matcher port = SERVING.matcher(said.toString());
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("serve did not start serving: " + said);
    }
}
