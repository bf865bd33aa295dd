package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line of 20,000 characters of any shape (a symbol of endless parts, masthead words over and over, a logo's
 * letters, words) reads on a thread with a small stack: no pattern the reader tries recurses once per word or part.
 * Each shape here overflowed a 512 KB stack when the masthead and furniture patterns repeated groups.
 */
class LongLinesTest {

    private static final long SMALL_STACK = 512 * 1024;
    private static final int LENGTH = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"/1", "Security Council ", "UNITEDNATIONS", "GENERAL ", "English ", "12-66061 ", "word ",
        "/ ...", "[on the report of a ", "S/2012/894 ", "1. ", "(a) ", "Distr. ", "11111 I "})
    void a_long_line_of_one_shape_reads_on_a_small_stack(String piece) throws InterruptedException {
        String line = "S" + piece.repeat(LENGTH / piece.length());
        for (List<String> source : List.of(List.of(line), List.of("Report of the Secretary-General", "", line + " x", "", "1. Text."))) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Document> read = new AtomicReference<>();
            Thread reader = new Thread(null, () -> {
                try {
                    read.set(SourceFiles.read(Path.of("long.txt"), source));
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "reader", SMALL_STACK);
            reader.start();
            reader.join();
            assertThat(failure.get()).as(piece).isNull();
            assertThat(read.get().report().words()).as(piece).isPositive();
        }
    }
}
