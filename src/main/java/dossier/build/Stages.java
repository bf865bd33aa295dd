package dossier.build;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times each stage of a build, for the summary and --verbose. */
final class Stages {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<String> order;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /**
     * @param order the stages in the order the summary gives them: some run beside others and finish in
     *              any order, and a summary must read the same from one build to the next
     */
    Stages(List<String> order) {
        this.order = List.copyOf(order);
    }

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

    /** The time of each stage that ran, in the given order (a stage not in it comes last). */
    Map<String, Double> seconds() {
        Map<String, Double> ordered = new LinkedHashMap<>();
        synchronized (seconds) {
            seconds.keySet().stream().sorted(Comparator.comparingInt(this::rank))
                    .forEach(stage -> ordered.put(stage, seconds.get(stage)));
        }
        return ordered;
    }

    private int rank(String stage) {
        int rank = order.indexOf(stage);
        return rank < 0 ? order.size() : rank;
    }
}
