package dossier.build;

import dossier.model.Document;
import dossier.publishing.Bakery;
import dossier.publishing.OutputSwap;
import dossier.publishing.SiteSources;
import dossier.publishing.epub.ChapterMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The build that {@code serve} runs again on every edit, in the same JVM, reusing what the last one made
 * wherever it would come out the same: each source whose reading would be the same is not read again
 * ({@link ReadingCache}); what the learners find in one document alone is kept per document
 * ({@link DocumentResults}); each document whose model is equal, under annotators that learned the same, is
 * not annotated again ({@link PassMemory}); each document page whose inputs are equal is not rendered again
 * ({@link PageKeeper}); each chapter of the book whose page is the same is not made again ({@link ChapterMemory});
 * JBake's content store is made once ({@link Bakery#lasting}). When a file beside the sources changed (a
 * template, an asset, jbake.properties, glossary.yml, index.yml, a note, an editorial page: {@link SiteInputs})
 * nothing but the readings, and the chapters of pages that came out the same, is reused. The document pages that changed are put
 * into the served folder first, then the rest of the site file by file ({@link OutputSwap#update}): only
 * files whose bytes changed are replaced, and files of deleted sources are removed. Once a build is done,
 * the output is the one {@link Pipeline#build} gives for the same sources, byte for byte.
 */
public final class WarmBuild implements AutoCloseable {

    /** Told of the files of the served folder that a build changed (added, replaced or deleted), as it changes them. */
    public interface Listener {
        void changed(List<String> files);
    }

    private final BuildOptions options;
    private final Listener listener;
    private final BooleanSupplier superseded;
    private final ReadingCache reading = new ReadingCache();
    private final Bakery bakery = Bakery.lasting();
    private final DocumentResults learning = new DocumentResults();
    private final PassMemory annotations = PassMemory.keeping();
    private final PageKeeper pages = PageKeeper.keeping();
    private final ChapterMemory chapters = ChapterMemory.keeping();
    private SiteInputs inputs;

    public WarmBuild(BuildOptions options) {
        this(options, files -> {
        });
    }

    public WarmBuild(BuildOptions options, Listener listener) {
        this(options, listener, () -> false);
    }

    /**
     * @param superseded whether the sources changed again since the build began: a build that finds so once
     *                   its changed pages are shown, or before its book and zip, gives the rest up ({@link Superseded})
     */
    public WarmBuild(BuildOptions options, Listener listener, BooleanSupplier superseded) {
        this.options = options;
        this.listener = listener;
        this.superseded = superseded;
    }

    public BuildSummary build() {
        SiteInputs now = SiteInputs.of(SiteSources.resolve(options.source(), options.theme()));
        boolean same = now.equals(inputs);
        if (!same) {
            annotations.clear();
            pages.clear();
        }
        inputs = now;
        BuildSummary summary = Pipeline.build(options, Progress.SILENT, new Pipeline.Ends(reading, bakery,
                swap -> listener.changed(swap.update()), learning, annotations, pages, chapters, same ? this::showFirst : null, Superseded.once(superseded)));
        Set<String> slugs = summary.documents().stream().map(Document::slug).collect(Collectors.toSet());
        learning.retain(slugs);
        pages.retain(slugs);
        return summary;
    }

    /** Puts the changed document pages into the served folder, each replaced whole (a rename), before the rest of the site is built. */
    private void showFirst(Map<String, String> changed) {
        Path output = options.output().toAbsolutePath().normalize();
        if (changed.isEmpty() || !Files.isDirectory(output)) {
            return;
        }
        try {
            for (Map.Entry<String, String> page : changed.entrySet()) {
                Path file = output.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                // Beside it (one file system, so the move is a rename), with the permissions of any written file.
                Path written = file.resolveSibling("." + file.getFileName() + ".changed");
                Files.writeString(written, page.getValue(), StandardCharsets.UTF_8);
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the changed pages into " + output, e);
        }
        listener.changed(changed.keySet().stream().sorted().toList());
    }

    BuildOptions options() {
        return options;
    }

    /** How many sources the last build read again; the others' models were reused. */
    public int reread() {
        return reading.reread();
    }

    /** How many documents the last build annotated again; the others' annotations were reused. */
    public int annotated() {
        return annotations.annotated();
    }

    /** Ends JBake's content store, whose database keeps a thread of its own (and so the JVM) alive until then. */
    @Override
    public void close() {
        bakery.close();
    }
}
