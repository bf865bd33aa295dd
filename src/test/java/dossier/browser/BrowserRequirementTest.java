package dossier.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests skip on a developer's machine, but fail under CI: CI must not pass unseen. */
class BrowserRequirementTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void aMissingBrowserFailsUnderCi() {
        assertThatThrownBy(() -> Browser.requireChromium(MISSING, Browser.CHROMEDRIVER, "true"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("under CI").hasMessageContaining(MISSING.toString());
    }

    @Test
    void aMissingDriverSkipsElsewhere() {
        assertThatThrownBy(() -> Browser.requireChromium(Browser.CHROMIUM, MISSING, null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(MISSING.toString());
    }

    @Test
    void installedProgramsAreAccepted(@TempDir Path folder) throws Exception {
        Path program = Files.createFile(folder.resolve("program"));
        program.toFile().setExecutable(true);

        assertThatCode(() -> Browser.requireChromium(program, program, "true")).doesNotThrowAnyException();
    }
}
