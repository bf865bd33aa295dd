package dossier.build;

import dossier.publishing.Bakery;
import dossier.publishing.OutputSwap;

/**
 * The build that {@code serve} runs again on every edit, in the same JVM. Each source whose reading would
 * come out the same is not read again ({@link ReadingCache}), and JBake's content store is made once
 * ({@link Bakery#lasting}). What is learned from the whole dossier (glossary, citations and "cited by",
 * index, notes, timeline, search) is learned and rendered again from the models, as its pages depend on
 * every document. The site goes into the served folder file by file ({@link OutputSwap#update}): only
 * pages whose bytes changed are replaced, and pages of deleted sources are removed. The output is the one
 * {@link Pipeline#build} gives for the same sources, byte for byte.
 */
public final class WarmBuild implements AutoCloseable {

    private final BuildOptions options;
    private final ReadingCache reading = new ReadingCache();
    private final Bakery bakery = Bakery.lasting();

    public WarmBuild(BuildOptions options) {
        this.options = options;
    }

    public BuildSummary build() {
        return Pipeline.build(options, Progress.SILENT, new Pipeline.Ends(reading, bakery, OutputSwap::update));
    }

    /** How many sources the last build read again; the others' models were reused. */
    public int reread() {
        return reading.reread();
    }

    /** Ends JBake's content store, whose database keeps a thread of its own (and so the JVM) alive until then. */
    @Override
    public void close() {
        bakery.close();
    }
}
