package dossier.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Waits for changes under some folders (recursively), settling bursts of events into one. */
public final class SourceWatcher implements AutoCloseable {

    /**
     * How long changes must stop before a rebuild: long enough to gather one save's events (an editor's
     * write, or its temporary file and rename, come within a few milliseconds), short enough to leave most
     * of the half second an edit may take to show.
     */
    private static final long SETTLE_MILLIS = 40;
    private final WatchService watch;
    private final Set<Path> folders = new HashSet<>();
    /**
     * The folders holding the watched ones, watched for those alone: a watched folder deleted and made
     * again (as {@code git stash} and its pop do) is watched again, and its loss is a change too.
     */
    private final Set<Path> parents = new HashSet<>();
    /** A change {@link #changedMeanwhile} found, which the next {@link #awaitChange} has not yet returned for. */
    private volatile boolean pending;

    public SourceWatcher(List<Path> folders) throws IOException {
        watch = FileSystems.getDefault().newWatchService();
        for (Path given : folders) {
            Path folder = given.toAbsolutePath().normalize();
            this.folders.add(folder);
            Path parent = folder.getParent();
            if (parent != null && Files.isDirectory(parent) && parents.add(parent)) {
                parent.register(watch, ENTRY_CREATE, ENTRY_DELETE);
            }
            registerTree(folder);
        }
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    /** Blocks until something changed, then until changes have stopped for a moment. */
    public void awaitChange() throws InterruptedException, IOException {
        while (!pending && !drain(watch.take())) {
            // Only a change in the parents that is not to a watched folder (the output being written).
        }
        pending = false;
        WatchKey more;
        while ((more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(more);
        }
    }

    /**
     * Whether something changed since the last {@link #awaitChange} returned, without waiting; the next
     * {@code awaitChange} then returns once the changes have settled. Called by the thread that awaits, or by
     * the threads of the build it runs.
     */
    public synchronized boolean changedMeanwhile() {
        try {
            WatchKey key;
            while (!pending && (key = watch.poll()) != null) {
                pending = drain(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch a new folder: " + e.getMessage(), e);
        }
        return pending;
    }

    /** Registers new folders; whether the key held a change to what is watched. */
    private boolean drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean parent = parents.contains(dir) && folders.stream().noneMatch(dir::startsWith);
        boolean changed = false;
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                // An overflow: events were lost, so anything may have changed.
                changed = true;
                continue;
            }
            Path path = dir.resolve(name);
            if (parent && !folders.contains(path)) {
                continue;
            }
            changed = true;
            if (event.kind() == ENTRY_CREATE) {
                registerTree(path);
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
