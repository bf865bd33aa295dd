package dossier.build;

import dossier.annotation.Annotator;
import dossier.annotation.references.CitationIndex;
import dossier.model.Document;
import dossier.publishing.Bakery;
import dossier.publishing.OutputSwap;
import dossier.publishing.SiteSources;
import dossier.rendering.DossierPage;
import dossier.rendering.RenderPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The build, stage by stage: read → learn → render → check → publish. */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private Pipeline() {
    }

    public static BuildSummary build(BuildOptions options) {
        long start = System.nanoTime();
        SiteSources sources = SiteSources.resolve(options.source(), options.theme());
        DossierSettings settings = DossierSettings.load(sources.root());

        // Read every source first: a bad one stops the build before anything is written.
        List<Document> documents = read(options);
        LOG.info("read {} documents", documents.size());

        // Learn from the whole dossier: annotators and cross-document pages need every document.
        CitationIndex citations = CitationIndex.learn(documents);
        List<Annotator> annotators = List.of(citations.annotator());
        List<DossierPage> pages = List.of(citations.page());
        RenderPlan plan = new RenderPlan(settings.title(), documents, annotators, pages);

        OutputSwap swap = OutputSwap.beside(options.output());
        try {
            Bakery.bake(sources, swap.staging(), plan);
            LOG.info("baked the site");
            int pageCount = countPages(swap.staging());
            swap.commit();
            return new BuildSummary(documents, pageCount, (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            swap.abandon();
            throw e;
        }
    }

    /** The reading stage alone: every source of the dossier as a model. */
    public static List<Document> read(BuildOptions options) {
        return SourceFolder.readAll(SiteSources.resolve(options.source(), options.theme()).content());
    }

    private static int countPages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return (int) files.filter(p -> p.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
