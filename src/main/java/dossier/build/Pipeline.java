package dossier.build;

import dossier.annotation.Annotator;
import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.annotation.acronyms.Glossary;
import dossier.annotation.index.DossierIndex;
import dossier.annotation.notes.Note;
import dossier.annotation.notes.NoteAnnotator;
import dossier.annotation.notes.NoteReader;
import dossier.annotation.references.CitationIndex;
import dossier.annotation.timeline.Timeline;
import dossier.model.Document;
import dossier.publishing.Bakery;
import dossier.publishing.LinkChecker;
import dossier.publishing.OfflineZip;
import dossier.publishing.OutputSwap;
import dossier.publishing.SiteSources;
import dossier.publishing.search.IndexEntriesScript;
import dossier.publishing.search.SearchIndex;
import dossier.rendering.DocumentHtml;
import dossier.rendering.DossierPage;
import dossier.rendering.RenderPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<Document> documents = SourceFolder.readAll(sources.content());
        LOG.info("read {} documents", documents.size());

        // Learn from the whole dossier: annotators and cross-document pages need every document.
        RenderPlan plan = learn(settings, sources, documents);

        // Render and publish beside output/; the new site replaces the old only when complete.
        int pages = publish(plan, sources, settings, options.output());
        return new BuildSummary(documents, pages, (System.nanoTime() - start) / 1e9);
    }

    private static RenderPlan learn(DossierSettings settings, SiteSources sources, List<Document> documents) {
        Glossary glossary = Glossary.learn(documents, sources.content(), DocumentHtml::render);
        CitationIndex citations = CitationIndex.learn(documents);
        List<Note> notes = NoteReader.readAll(sources.content(), documents);
        DossierIndex index = DossierIndex.learn(documents, sources.content(), glossary, DocumentHtml::render);
        // Order matters: references link whole phrases, acronyms then mark what lies inside or beside them,
        // and notes go last as they add asides that no other annotator may treat as document text.
        List<Annotator> annotators = List.of(citations.annotator(), new AcronymAnnotator(glossary), index.annotator(),
                new NoteAnnotator(notes));
        List<DossierPage> pages = new ArrayList<>();
        pages.add(new DossierPage("glossary.html", "glossary.ftl", "Glossary", Map.of("glossary", glossary)));
        pages.add(citations.page());
        pages.add(new DossierPage(DossierIndex.PAGE, "subjects.ftl", "Index", Map.of("index", index)));
        pages.add(new DossierPage("timeline.html", "timeline.ftl", "Timeline", Map.of("timeline", Timeline.learn(documents))));
        if (!notes.isEmpty()) {
            pages.add(new DossierPage("notes.html", "notes.ftl", "Notes", Map.of("notes", notes)));
        }
        pages.add(new DossierPage("search.html", "search.ftl", "Search", Map.of()));
        return new RenderPlan(settings.title(), documents, annotators, pages);
    }

    /** Bakes, indexes, checks and zips the site in a staging folder, then swaps it in; returns the page count. */
    private static int publish(RenderPlan plan, SiteSources sources, DossierSettings settings, Path output) {
        OutputSwap swap = OutputSwap.beside(output);
        try {
            Path site = swap.staging();
            Bakery.bake(sources, site, plan);
            LOG.info("baked the site");
            // The index reads the baked pages; links are checked once every file they may name exists;
            // the zip holds the finished, checked site, so it comes last.
            LOG.info("search index: {}", SearchIndex.build(plan.documents(), site).write(site));
            LOG.info("index entries for search: {}", IndexEntriesScript.write(site));
            LinkChecker.check(site);
            OfflineZip.write(site, settings.name());
            int pages = countPages(site);
            swap.commit();
            return pages;
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
