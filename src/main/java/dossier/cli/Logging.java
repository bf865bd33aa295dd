package dossier.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Quiet by default (warnings only); --verbose shows a line per stage and per document. */
final class Logging {

    private Logging() {
    }

    static void quiet() {
        level("dossier", Level.WARN);
    }

    static void errorsOnly() {
        level("dossier", Level.ERROR);
    }

    static void verbose() {
        level("dossier", Level.INFO);
    }

    private static void level(String logger, Level level) {
        ((Logger) LoggerFactory.getLogger(logger)).setLevel(level);
    }
}
