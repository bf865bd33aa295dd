package dossier.publishing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on a list done on every core, its results taken one by one in the list's order while the next are
 * made: memory holds a few results at a time, never all of them (a large dossier's pages, deflated or as
 * chapters, do not fit in memory at once).
 */
public final class InOrder {

    private InOrder() {
    }

    /** Makes each item's result on any core and hands the results to {@code take}, in order, on this thread. */
    public static <T, R> void each(List<T> items, Function<T, R> make, Consumer<R> take) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dossier-publish");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            Iterator<T> next = items.iterator();
            for (int i = 0; i < items.size(); i++) {
                while (pending.size() < 4 * threads && next.hasNext()) {
                    T item = next.next();
                    pending.add(pool.submit(() -> make.apply(item)));
                }
                take.accept(result(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A result, or its failure as the caller's own exception. */
    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }
}
