package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's fixture is made once for all its JVMs, made again if a JVM failed halfway, and earlier runs' are removed. */
class RunFixtureTest {

    @TempDir
    Path runs;

    @Test
    void aFixtureIsMadeOnceInARunAndReadByLaterCallers() {
        AtomicInteger made = new AtomicInteger();
        RunFixture.Maker make = folder -> {
            made.incrementAndGet();
            Files.writeString(folder.resolve("site.txt"), "baked");
        };
        Path first = RunFixture.inRunFolder(runs.resolve("run-1"), "real-dossier", make);
        Path second = RunFixture.inRunFolder(runs.resolve("run-1"), "real-dossier", make);

        assertThat(second).isEqualTo(first);
        assertThat(made).hasValue(1);
        assertThat(first.resolve("site.txt")).hasContent("baked");
    }

    @Test
    void aFixtureHalfMadeByAFailedMakerIsMadeAgainFromAnEmptyFolder() throws IOException {
        assertThatThrownBy(() -> RunFixture.inRunFolder(runs.resolve("run-1"), "site", folder -> {
            Files.writeString(folder.resolve("half.txt"), "half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");

        Path site = RunFixture.inRunFolder(runs.resolve("run-1"), "site", folder -> {
            assertThat(folder).isEmptyDirectory();
            Files.writeString(folder.resolve("whole.txt"), "whole");
        });
        assertThat(site.resolve("whole.txt")).exists();
        assertThat(site.resolve("half.txt")).doesNotExist();
    }

    @Test
    void aNewRunRemovesWhatEarlierRunsMade() {
        Path earlier = RunFixture.inRunFolder(runs.resolve("run-1"), "site", folder -> Files.writeString(folder.resolve("a"), "a"));
        RunFixture.inRunFolder(runs.resolve("run-2"), "site", folder -> Files.writeString(folder.resolve("a"), "a"));

        assertThat(earlier).doesNotExist();
        assertThat(runs.resolve("run-1")).doesNotExist();
    }
}
