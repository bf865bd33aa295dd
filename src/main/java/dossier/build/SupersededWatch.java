package dossier.build;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Watches, while a build's later stages run, whether the sources changed again, and then interrupts the
 * threads doing work that knows nothing of serve (the search files, the link check, the book, the zip):
 * the book and the zip stop at their next wait for work done on another core (InOrder), and the build
 * gives way ({@link Superseded}) at once instead of making a site already out of date. A one-off build is never superseded: nothing is interrupted.
 * JBake's bake is never run under it (its database is kept from one bake to the next); it gives way page by page.
 */
final class SupersededWatch implements AutoCloseable {

    /** How often it asks: a small share of the half second an edit may take to show. */
    private static final long EVERY_MILLIS = 15;

    private final BooleanSupplier superseded;
    private final Set<Thread> watched = new HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dossier-superseded-watch");
        thread.setDaemon(true);
        return thread;
    });

    SupersededWatch(BooleanSupplier superseded) {
        this.superseded = superseded;
        poller.scheduleWithFixedDelay(this::poll, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void poll() {
        if (!watched.isEmpty() && superseded.getAsBoolean()) {
            watched.forEach(Thread::interrupt);
        }
    }

    /**
     * Does the work on this thread, interrupted if a newer change comes in meanwhile; whatever it then fails
     * with (an interrupted read, write or wait), the build gives way.
     */
    <T> T get(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        synchronized (this) {
            watched.add(thread);
        }
        try {
            T result = work.get();
            giveWay();
            return result;
        } catch (RuntimeException e) {
            giveWay();
            throw e;
        } finally {
            synchronized (this) {
                watched.remove(thread);
            }
            // No interrupt comes once the thread is no longer watched: one that came is cleared, for the next work.
            Thread.interrupted();
        }
    }

    void run(Runnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    private void giveWay() {
        if (superseded.getAsBoolean()) {
            throw new Superseded();
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
