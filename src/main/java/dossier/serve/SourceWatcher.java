package dossier.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
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

    public SourceWatcher(List<Path> folders) throws IOException {
        watch = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> tree = Files.walk(folder)) {
                    for (Path dir : tree.filter(Files::isDirectory).toList()) {
                        dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                    }
                }
            }
        }
    }

    /** Blocks until something changed, then until changes have stopped for a moment. */
    public void awaitChange() throws InterruptedException, IOException {
        drain(watch.take());
        WatchKey more;
        while ((more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(more);
        }
    }

    private void drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                dir.resolve(name).register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
