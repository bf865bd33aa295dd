package dossier.build;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a build shows the person waiting: nothing for a build that ends within two seconds; then the stage
 * and how many documents it has done ("rendering 412/1000"), rewritten in place on a terminal and as
 * plain lines, a few per stage, on a pipe or in CI.
 */
public interface Progress {

    /** {@code done} of {@code total} items of {@code stage} are done. */
    void at(String stage, int done, int total);

    /** The build is over: clears a line left on a terminal. */
    default void finish() {
    }

    /** Shows nothing. */
    Progress SILENT = (stage, done, total) -> {
    };

    /** Progress on {@code out}; {@code terminal} rewrites one line, otherwise plain lines. */
    static Progress on(PrintStream out, boolean terminal) {
        return new Progress() {
            private final long start = System.nanoTime();
            private long shown;
            private boolean lineOpen;

            @Override
            public synchronized void at(String stage, int done, int total) {
                long now = System.nanoTime();
                boolean late = now - start > 2_000_000_000L;
                // On a terminal, at most ten updates a second; on a pipe, a line every two seconds and at the end of a stage.
                long gap = terminal ? 100_000_000L : 2_000_000_000L;
                if (!late || (now - shown < gap && done < total)) {
                    return;
                }
                shown = now;
                String line = String.format(Locale.ROOT, "%s %d/%d", stage, done, total);
                if (terminal) {
                    out.print("\r\033[K" + line);
                    lineOpen = true;
                } else {
                    out.println(line);
                }
                out.flush();
            }

            @Override
            public synchronized void finish() {
                if (lineOpen) {
                    out.print("\r\033[K");
                    out.flush();
                }
            }
        };
    }
}
