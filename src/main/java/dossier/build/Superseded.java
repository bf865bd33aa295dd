package dossier.build;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A serve rebuild given up for a newer change: the sources changed again while it ran, so the site it was
 * making is already out of date. Nothing of it but the document pages shown first reaches the output; the
 * next rebuild makes the whole site from the newer sources.
 */
public final class Superseded extends RuntimeException {

    Superseded() {
        super("a newer change came in", null, false, false);
    }

    /**
     * Whether a newer change came in since one build began, asked from any of its threads: once one of them
     * has been told so, all are, for the rest of that build (the watcher tells of a change once).
     */
    static BooleanSupplier once(BooleanSupplier newer) {
        AtomicBoolean seen = new AtomicBoolean();
        return () -> {
            if (!seen.get() && newer.getAsBoolean()) {
                seen.set(true);
            }
            return seen.get();
        };
    }
}
