package dossier.build;

/**
 * A serve rebuild given up for a newer change: the sources changed again while it ran, so the site it was
 * making is already out of date. Nothing of it but the document pages shown first reaches the output; the
 * next rebuild makes the whole site from the newer sources.
 */
public final class Superseded extends RuntimeException {

    Superseded() {
        super("a newer change came in", null, false, false);
    }
}
