package dossier.publishing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Work on a list done on every core, its results taken one by one in the list's order while the next are
 * made: memory holds a few results at a time, never all of them (a large dossier's pages, deflated or as
 * chapters, do not fit in memory at once).
 */
public final class InOrder {

    private InOrder() {
    }

    /** Makes each item's result on any core and hands each item and its result to {@code take}, in order, on this thread. */
    public static <T, R> void each(List<T> items, Function<T, R> make, BiConsumer<T, R> take) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dossier-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            Iterator<T> next = items.iterator();
            for (T item : items) {
                while (pending.size() < 4 * threads && next.hasNext()) {
                    T submitted = next.next();
                    pending.add(pool.submit(() -> make.apply(submitted)));
                }
                take.accept(item, result(pending.removeFirst()));
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
            throw new IllegalStateException("interrupted while waiting for a result", e);
        }
    }
}
