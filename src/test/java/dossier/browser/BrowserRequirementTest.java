package dossier.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium the browser tests fail, saying what to install: a run must not pass without having looked at a page. */
class BrowserRequirementTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void aMissingBrowserFailsUnderCi() {
        assertThatThrownBy(() -> Browser.requireChromium(MISSING, Browser.CHROMEDRIVER, "true"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("under CI").hasMessageContaining(MISSING.toString());
    }

    @Test
    void aMissingDriverFailsElsewhereTooSayingWhatToInstall() {
        assertThatThrownBy(() -> Browser.requireChromium(Browser.CHROMIUM, MISSING, null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MISSING.toString()).hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void installedProgramsAreAccepted(@TempDir Path folder) throws Exception {
        Path program = Files.createFile(folder.resolve("program"));
        program.toFile().setExecutable(true);

        assertThatCode(() -> Browser.requireChromium(program, program, "true")).doesNotThrowAnyException();
    }
}
