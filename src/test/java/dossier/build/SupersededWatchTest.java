package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.publishing.InOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Serve's rebuild stops the work that knows nothing of serve (the book, the zip, writing files) as soon as a
 * newer change comes in, instead of finishing a site already out of date; a one-off build is never stopped.
 * The book and the zip wait for work done on every core ({@link InOrder}): they stop at that wait.
 */
class SupersededWatchTest {

    @Test
    void workOnEveryCoreStopsOnceANewerChangeComesInAndTheBuildGivesWay() {
        AtomicBoolean newer = new AtomicBoolean();
        try (SupersededWatch watch = new SupersededWatch(newer::get)) {
            long start = System.nanoTime();
            Thread change = new Thread(() -> {
                sleep(100);
                newer.set(true);
            });
            change.start();
            assertThatThrownBy(() -> watch.run(this::workForAMinute)).isInstanceOf(Superseded.class);
            assertThat((System.nanoTime() - start) / 1e9).as("seconds until it gave way").isLessThan(10);
            assertThat(Thread.currentThread().isInterrupted()).as("the thread is left free for the next build's work").isFalse();
        }
    }

    @Test
    void workDoneWithNoNewerChangeGivesItsResultAndIsNeverInterrupted() {
        try (SupersededWatch watch = new SupersededWatch(() -> false)) {
            assertThat(watch.get(() -> {
                sleep(50);
                return "the zip";
            })).isEqualTo("the zip");
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void aFailureWithNoNewerChangeIsTheBuildsOwn() {
        try (SupersededWatch watch = new SupersededWatch(() -> false)) {
            assertThatThrownBy(() -> watch.run(() -> {
                throw new UncheckedIOException(new IOException("disk full"));
            })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        }
    }

    /** A minute's work on every core, its results taken in order, as the book's chapters and the zip's files are. */
    private void workForAMinute() {
        List<Integer> items = IntStream.range(0, 12_000).boxed().toList();
        InOrder.each(items, item -> {
            sleep(5);
            return item;
        }, (item, result) -> {
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
