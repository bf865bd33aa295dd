package dossier.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times each stage of a build, for the summary and --verbose. */
final class Stages {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /** Safe from any thread: some stages run beside others. */
    <T> T run(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        double took = (System.nanoTime() - start) / 1e9;
        synchronized (seconds) {
            seconds.merge(stage, took, Double::sum);
        }
        LOG.info("{}: {} s", stage, String.format(java.util.Locale.ROOT, "%.2f", took));
        return result;
    }

    void runStage(String stage, Runnable work) {
        run(stage, () -> {
            work.run();
            return null;
        });
    }

    Map<String, Double> seconds() {
        synchronized (seconds) {
            return new LinkedHashMap<>(seconds);
        }
    }
}
