package dossier.publishing.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its own chromedriver; nothing is downloaded. Without the
 * browser the tests are skipped, except on CI (CI=true), where a missing browser is a failure.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path userData) {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(present, "CI needs " + BROWSER + " and " + DRIVER + " (Debian: chromium, chromium-driver)");
        } else {
            Assumptions.assumeTrue(present, "no Chromium at " + BROWSER + " with " + DRIVER);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,900", "--user-data-dir=" + userData.toAbsolutePath());
        return new ChromeDriver(service, options);
    }
}
