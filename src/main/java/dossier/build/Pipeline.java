package dossier.build;

import dossier.annotation.Annotator;
import dossier.annotation.DocumentMemo;
import dossier.annotation.Ledger;
import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.annotation.acronyms.Glossary;
import dossier.annotation.index.DossierIndex;
import dossier.annotation.notes.Note;
import dossier.annotation.notes.NoteAnnotator;
import dossier.annotation.notes.NoteReader;
import dossier.annotation.references.ReferenceAnnotator;
import dossier.annotation.timeline.Timeline;
import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.publishing.Bakery;
import dossier.publishing.DocumentOrders;
import dossier.publishing.DossierFiles;
import dossier.publishing.LinkChecker;
import dossier.publishing.OfflineZip;
import dossier.publishing.OutputSwap;
import dossier.publishing.PublishedAddresses;
import dossier.publishing.SitePages;
import dossier.publishing.SiteSources;
import dossier.publishing.citation.Citations;
import dossier.publishing.epub.Book;
import dossier.publishing.epub.BookMetadata;
import dossier.publishing.epub.ChapterMemory;
import dossier.publishing.search.IndexEntriesScript;
import dossier.publishing.web.PublicSite;
import dossier.reading.DocumentReader;
import dossier.reading.SourceText;
import dossier.rendering.CitationsPage;
import dossier.rendering.DocumentAsides;
import dossier.rendering.DossierPage;
import dossier.rendering.GlossaryPages;
import dossier.rendering.NoteHtml;
import dossier.rendering.PageBudget;
import dossier.rendering.RenderPlan;
import dossier.rendering.SubjectsPages;
import dossier.rendering.TimelinePages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build, stage by stage: read → learn (from the model only) → render and annotate each document once
 * → bake the pages → index, check links, zip and book → swap into output/.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** The stages in the summary's order; the book is made while the zip is written. */
    private static final List<String> STAGES = List.of("read", "learn", "render", "changed pages", "search index", "index entries",
            "citations", "bake", "link check", "book", "zip");

    /** What the build learned from every document's model before rendering any. */
    private record Learned(List<Document> documents, Ledger ledger, ReferenceAnnotator references,
                           AcronymAnnotator acronyms, DossierIndex index, List<Note> notes,
                           CompletableFuture<Timeline> timeline) {

        /** The annotators of the pass; each says what it must run after, and Marking orders them so. */
        List<Annotator> annotators() {
            return List.of(references, acronyms, index.annotator(), new NoteAnnotator(notes));
        }
    }

    private Pipeline() {
    }

    public static BuildSummary build(BuildOptions options) {
        return build(options, Progress.SILENT);
    }

    public static BuildSummary build(BuildOptions options, Progress progress) {
        try (Bakery bakery = Bakery.fresh()) {
            return build(options, progress, new Ends(DocumentReader::readSources, bakery, OutputSwap::commit,
                    DocumentMemo.NONE, PassMemory.none(), PageKeeper.none(), ChapterMemory.none(), null, () -> false));
        }
    }

    /**
     * What a build does at its ends, where serve's rebuilds differ: how the sources become models (read
     * afresh, or through {@link ReadingCache}), which bakery bakes (JBake's store made per bake, or kept),
     * how the finished site replaces the output (the whole folder swapped, or updated file by file under
     * a server: {@link OutputSwap#update}), what the last build made that this one may reuse (what the
     * learners found in each document, each document's annotation, each document page, each chapter of the
     * book), and who is handed the document pages that changed, by file, before the rest of the site is made
     * (null: nobody, they are baked with the rest), and whether the sources changed again meanwhile (serve then gives the rest up:
     * {@link Superseded}).
     */
    record Ends(SourceFolder.Reader reader, Bakery bakery, Consumer<OutputSwap> commit, DocumentMemo learning,
                PassMemory annotations, PageKeeper pages, ChapterMemory chapters, Consumer<Map<String, String>> changedPages,
                BooleanSupplier superseded) {

        /** Gives the build up if the sources changed again since it began: what it would make is out of date. */
        void giveWayToNewerChanges() {
            if (superseded.getAsBoolean()) {
                throw new Superseded();
            }
        }
    }

    static BuildSummary build(BuildOptions options, Progress progress, Ends ends) {
        try {
            return build(options, progress, ends, new Stages(STAGES), System.nanoTime());
        } finally {
            progress.finish();
        }
    }

    private static BuildSummary build(BuildOptions options, Progress progress, Ends ends, Stages stages, long start) {
        SiteSources sources = SiteSources.resolve(options.source(), options.theme());
        DossierSettings settings = DossierSettings.load(sources.root(), options.baseUrl());

        // Read every source first: a bad one stops the build before anything is written.
        DossierFiles files = DossierFiles.of(sources, options.drafts());
        List<Document> documents = stages.run("read", () -> RenderPlan.order(SourceFolder.readAll(files, ends.reader(), options.drafts())));
        LOG.info("read {} documents", documents.size());
        Learned learned = stages.run("learn", () -> learn(sources, files.notes(), documents, ends.learning()));
        DocumentPass.Result pass = stages.run("render", () -> DocumentPass.run(documents, learned.annotators(), learned.ledger(),
                ends.annotations(), progress));
        int pages = publish(learned, pass, sources, files, settings, options, stages, ends);
        return new BuildSummary(documents, pages, (System.nanoTime() - start) / 1e9, stages.seconds());
    }

    private static Learned learn(SiteSources sources, List<SourceText> notes, List<Document> documents, DocumentMemo memo) {
        Ledger ledger = new Ledger();
        // The timeline is needed only for its page: it is learned on another core meanwhile.
        CompletableFuture<Timeline> timeline = CompletableFuture.supplyAsync(() -> Timeline.learn(documents, memo));
        Glossary glossary = Glossary.learn(documents, sources.content(), memo);
        return new Learned(documents, ledger, ReferenceAnnotator.learn(documents, ledger, memo), glossary.annotator(ledger),
                DossierIndex.learn(documents, sources.content(), glossary, ledger),
                NoteReader.readAll(notes, documents), timeline);
    }

    /** The pages made from the whole dossier, from what the pass marked on every page. */
    private static List<DossierPage> dossierPages(Learned learned, PageBudget budget) {
        List<DossierPage> pages = new ArrayList<>();
        pages.addAll(GlossaryPages.of(learned.acronyms().withUses(), budget));
        pages.addAll(CitationsPage.of(learned.references().index(), learned.documents(), budget));
        pages.addAll(SubjectsPages.of(learned.index(), budget));
        pages.addAll(TimelinePages.of(learned.timeline().join(), budget));
        if (!learned.notes().isEmpty()) {
            pages.add(new DossierPage(PageAddress.NOTES, "notes.ftlh", "Notes", () -> NoteHtml.page(learned.notes())));
        }
        pages.add(new DossierPage(PageAddress.SEARCH, "search.ftlh", "Search", Map::of));
        return pages;
    }

    /** Bakes, indexes, checks and zips the site in a staging folder, then swaps it in; returns the page count. */
    private static int publish(Learned learned, DocumentPass.Result pass, SiteSources sources, DossierFiles files, DossierSettings settings,
                               BuildOptions options, Stages stages, Ends ends) {
        OutputSwap swap = OutputSwap.beside(options.output(), sources);
        Path site = swap.staging();
        LinkChecker links = LinkChecker.of(site);
        DocumentAsides asides = new DocumentAsides(learned.references().index(), learned.acronyms().withUses(), learned.index(),
                learned.documents());
        RenderPlan.PageSink sink = (file, pageLinks) -> {
            // Page by page, the bake gives way to a newer change (serve): it takes seconds at 1000 documents.
            ends.giveWayToNewerChanges();
            links.page(file, pageLinks);
        };
        Function<List<DossierPage>, RenderPlan> planWith = dossierPages -> new RenderPlan(settings.title(), learned.documents(),
                settings.budget(), asides, dossierPages, pass.texts(), sink, ends.pages().forSite(settings, dossierPages));
        // Serve shows the pages an edit changed first, on every core, then makes the rest: laid out as the last
        // build's cross-document pages were (the navigation lists them), as those take longer to make than the
        // pages. Should the new ones be laid out otherwise (the keeper then holds a new layout), every page is
        // rendered again, and shown again.
        List<DossierPage> laidOut = ends.changedPages() == null ? null : ends.pages().laidOut();
        if (laidOut != null) {
            showChangedPages(planWith.apply(laidOut), sources, site, settings, stages, ends, swap);
        }
        List<DossierPage> dossierPages = dossierPages(learned, settings.budget());
        giveWay(ends, swap);
        RenderPlan plan = planWith.apply(dossierPages);
        if (ends.changedPages() != null && (laidOut == null || ends.pages().laidOut() != laidOut)) {
            showChangedPages(plan, sources, site, settings, stages, ends, swap);
        }
        // The search scripts need only the pass and what was learned: they are written on another core while
        // JBake bakes the pages (one thread).
        // Work beside the bake runs on threads of the build's own, which a newer change may interrupt (watch).
        ExecutorService beside = Executors.newFixedThreadPool(2, Pipeline::daemon);
        SupersededWatch watch = new SupersededWatch(ends.superseded());
        CompletableFuture<Void> scripts = CompletableFuture.runAsync(() -> watch.run(() -> {
            stages.runStage("search index", () -> LOG.info("search index: {}", pass.index().apply(ends::giveWayToNewerChanges).write(site)));
            ends.giveWayToNewerChanges();
            stages.runStage("index entries", () -> LOG.info("index entries for search: {}", IndexEntriesScript.write(site, learned.index())));
            DocumentOrders.write(site, learned.documents(), settings.budget());
            ends.giveWayToNewerChanges();
            stages.runStage("citations", () -> LOG.info("citation files: {}", Citations.of(learned.documents(), settings.address()).write(site)));
        }), beside);
        CompletableFuture<Path> book = null;
        try {
            // JBake's start (its store emptied, the editorial pages crawled) comes before its first page.
            ends.giveWayToNewerChanges();
            stages.runStage("bake", () -> ends.bakery().bake(sources, files, site, plan, settings.address()));
            // Links are checked once every file they may name exists; the zip holds the finished, checked
            // site, so it comes last. The site is listed once, then; what is written later joins the listing.
            finished(scripts);
            ends.giveWayToNewerChanges();
            SitePages listed = PublicSite.write(SitePages.of(site), settings.address());
            stages.runStage("link check", () -> watch.run(() -> links.check(listed)));
            SitePages listing = PublishedAddresses.record(listed, learned.documents(), options.output(), options.strict());
            // The book and the zip take the longest: an edit saved meanwhile need not wait for them.
            ends.giveWayToNewerChanges();
            // The book is written from the checked pages on another core while the zip is written, and
            // offered after it: the zip does not hold the book.
            BookMetadata metadata = new BookMetadata(settings.title(), settings.editor(), settings.name());
            List<String> documentPages = plan.documents().stream().map(d -> plan.page(d.slug())).toList();
            List<String> crossPages = plan.pages().stream().map(DossierPage::file).toList();
            book = CompletableFuture.supplyAsync(() -> watch.get(() -> stages.run("book",
                    () -> Book.write(site, metadata, documentPages, crossPages, ends.chapters()))), beside);
            // The book, written meanwhile, is not listed: the zip does not hold it.
            stages.runStage("zip", () -> watch.get(() -> OfflineZip.write(listing, settings.name())));
            finished(book);
            ends.giveWayToNewerChanges();
            stages.runStage("book", () -> Book.offer(site, metadata));
            ends.commit().accept(swap);
            return listing.pages().size();
        } catch (Superseded e) {
            // The next rebuild, which comes at once, need not wait for the work beside the bake: it stops at its
            // next check or wait, and what it wrote is in the staged site, left for that rebuild to delete
            // (OutputSwap.beside).
            throw e;
        } catch (RuntimeException e) {
            // Nothing may still be writing into the staged site when it is thrown away.
            scripts.exceptionally(failure -> null).join();
            if (book != null) {
                book.exceptionally(failure -> null).join();
            }
            swap.abandon();
            throw e;
        } finally {
            watch.close();
            beside.shutdownNow();
        }
    }

    /** Hands the document pages the plan's memory does not hold as they now are to serve, before the rest is made. */
    private static void showChangedPages(RenderPlan plan, SiteSources sources, Path site, DossierSettings settings, Stages stages,
                                         Ends ends, OutputSwap swap) {
        try {
            stages.runStage("changed pages", () -> ends.bakery().changedPages(sources, site, plan, settings.address())
                    .ifPresent(ends.changedPages()));
        } catch (RuntimeException e) {
            swap.abandon();
            throw e;
        }
        giveWay(ends, swap);
    }

    /** Gives the build up, before its bake, if the sources changed again since it began. */
    private static void giveWay(Ends ends, OutputSwap swap) {
        try {
            ends.giveWayToNewerChanges();
        } catch (Superseded e) {
            swap.abandon();
            throw e;
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "dossier-beside");
        thread.setDaemon(true);
        return thread;
    }

    /** Waits for work done on another core; its failure is the build's own exception. */
    private static <T> T finished(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** The reading stage alone: every source of the dossier as a model, drafts included. */
    public static List<Document> read(BuildOptions options) {
        return SourceFolder.readAll(DossierFiles.of(SiteSources.resolve(options.source(), options.theme()), true), true);
    }
}
