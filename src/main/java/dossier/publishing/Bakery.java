package dossier.publishing;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import dossier.publishing.citation.Citations;
import dossier.publishing.web.PublicAddress;
import dossier.publishing.web.WebPages;
import dossier.rendering.DossierPagesRenderer;
import dossier.rendering.HtmlTemplateEngine;
import dossier.rendering.RenderPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.RenderingException;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs JBake over a dossier's sources into a destination folder. JBake crawls the editorial pages and
 * renders them and the home page; dossier's rendering tool writes the document pages and the pages made
 * from the whole dossier through JBake's template engine.
 */
public final class Bakery implements AutoCloseable {

    static {
        // OrientDB (inside JBake) logs through java.util.logging straight to stderr otherwise.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        // JBake creates its content store, an in-memory database, with default users whose passwords
        // OrientDB hashes with 65,536 PBKDF2 rounds: 84 % of a warm bake of the real dossier went there.
        // The database lives in memory and holds no secret, so one round will do.
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
    }

    /** JBake's content store: in memory, for one bake or, in serve, for all of them. */
    private static final String STORE = "memory";

    /** The templates of this bakery's bakes, parsed once for all of them. */
    private final HtmlTemplateEngine.Templates templates = new HtmlTemplateEngine.Templates();
    /**
     * The content store the last fresh bakery of the JVM left, open and idle, for the next one: making the
     * store (OrientDB's database in memory and JBake's schema) was 15 % of a small build in a JVM that
     * builds again (the tests, scripts). It ends once idle for {@link #IDLE_FOR_MS}: OrientDB keeps a thread
     * that would keep a JVM whose work is done from exiting.
     */
    private static final AtomicReference<Store> IDLE = new AtomicReference<>();
    private static final long IDLE_FOR_MS = 2000;

    /** The store of every bake of this bakery. */
    private final Store store;
    /** Whether the store is left to the JVM's next fresh bakery when this one closes, rather than ended. */
    private final boolean fresh;
    /**
     * The store, started on a thread of its own from the moment the bakery is made: the first start
     * of OrientDB in a JVM (its classes, its SQL parser, the schema) took 1.4–1.8 s of a cold bake on one
     * core, and the stages before the bake leave a core free for part of their time. The bake then finds
     * its store started (a warm-up store made and thrown away cost a test JVM's builds one store each).
     */
    private final FutureTask<Void> early;
    /** Whether the store holds what a bake crawled. */
    private volatile boolean baked;
    /** Whether a bake failed inside JBake: the store may be left in any state, and is ended. */
    private volatile boolean broken;

    private Bakery(Store store, boolean fresh) {
        this.store = store;
        this.fresh = fresh;
        early = new FutureTask<>(() -> {
            store.startup();
            return null;
        });
        Thread thread = new Thread(early, "dossier-store-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A bakery for one build, with the store the JVM's last one left if there is one: JBake empties the store
     * at the start of each bake (the clear-cache setting), so a bake finds only its own content, as with a
     * store of its own.
     */
    public static Bakery fresh() {
        Store idle = IDLE.getAndSet(null);
        return new Bakery(idle == null ? new Store("dossier-bake") : idle, true);
    }

    /**
     * A bakery for serve, which bakes on each edit, with one store for all its bakes (its last bake's
     * editorial pages are read by {@link #changedPages}); the one a fresh bakery left, if any, which would
     * otherwise end OrientDB under it. {@link #close} ends it.
     */
    public static Bakery lasting() {
        Store idle = IDLE.getAndSet(null);
        return new Bakery(idle == null ? new Store("dossier") : idle, false);
    }

    /** The store of the next bake, once it is started (never two OrientDB starts at once). */
    private ContentStore nextStore() {
        startedEarly();
        return store;
    }

    /** Waits for the first store's start; a failed one is the bake's to report (JBake starts the store again). */
    private void startedEarly() {
        try {
            early.get();
        } catch (ExecutionException e) {
            // The bake's own start meets the same problem and reports it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bakes the site; every error JBake collected instead of throwing fails the bake. */
    public void bake(SiteSources sources, DossierFiles files, Path destination, RenderPlan plan, PublicAddress address) {
        List<Path> unescaped = HtmlTemplateEngine.unescapedTemplates(sources.templates());
        if (!unescaped.isEmpty()) {
            throw new BuildException(unescaped.stream().map(t -> t + ": a .ftl template would print text unescaped; rename it to .ftlh")
                    .collect(Collectors.joining("\n")));
        }
        DefaultJBakeConfiguration config = configuration(sources, destination, plan, address);
        EditorialContent content = EditorialContent.pages(sources.content(), files.pages());
        EditorialContent assets = EditorialContent.mirror(sources.assets(), files.assets());
        config.setContentFolder(content.root().toFile());
        config.setAssetFolder(assets.root().toFile());

        Oven oven = new Oven(utensils(config));
        baked = false;
        try (content; assets) {
            oven.bake();
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        }
        List<Throwable> errors = oven.getErrors();
        if (!errors.isEmpty()) {
            throw new BuildException("JBake could not render the site:\n" + errors.stream()
                    .map(Bakery::describe).collect(Collectors.joining("\n")), errors.get(0));
        }
        baked = true;
    }

    /**
     * The document pages of the plan that its memory does not hold as they now are, rendered through the
     * templates and the content store of the last bake (the editorial pages it crawled) but not written,
     * by page file: serve shows them before the bake of the whole site. Empty when this bakery keeps no
     * store or has not baked yet.
     */
    public Optional<Map<String, String>> changedPages(SiteSources sources, Path destination, RenderPlan plan, PublicAddress address) {
        if (!baked) {
            return Optional.empty();
        }
        try {
            return Optional.of(DossierPagesRenderer.renderChanged(plan, store, configuration(sources, destination, plan, address)));
        } catch (RenderingException e) {
            throw new BuildException("JBake could not render the site:\n" + describe(e), e);
        }
    }

    /** JBake's configuration for a bake of the dossier; the bake adds where its editorial pages and assets are. */
    private DefaultJBakeConfiguration configuration(SiteSources sources, Path destination, RenderPlan plan, PublicAddress address) {
        DefaultJBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(sources.root().toFile(), destination.toFile(), true);
        } catch (RuntimeException e) {
            throw new BuildException("cannot configure JBake for " + sources.root() + ": " + e.getMessage(), e);
        }
        config.setTemplateFolder(sources.templates().toFile());
        config.setDatabaseStore(STORE);
        // Only what dossier templates: no archive, tags or JBake sitemap (the feed: WebPages.configure).
        config.setProperty("render.archive", false);
        config.setProperty("render.tags", false);
        config.setProperty("render.sitemap", false);
        config.setProperty("render.index", true);
        // JBake's default adds HARDWRAPS, which breaks every wrapped Markdown line with a <br>.
        config.setProperty("markdown.extensions", "AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS");
        config.setTemplateFileNameForDocType("page", "page.ftlh");
        config.setProperty("template.index.file", "index.ftlh");
        config.setProperty(RenderPlan.CONFIG_KEY, plan);
        config.setProperty(HtmlTemplateEngine.TEMPLATES_KEY, templates);
        WebPages.configure(config, address, plan.documents());
        config.setProperty(Citations.CONFIG_KEY, Citations.of(plan.documents(), address));
        return config;
    }

    /** JBake's own utensils, with the content store of this bakery. */
    private Utensils utensils(DefaultJBakeConfiguration config) {
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        ContentStore store = nextStore();
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        return utensils;
    }

    /**
     * Leaves a fresh bakery's store to the JVM's next bakery, or ends it (a lasting bakery's, a broken one, or
     * one while another is left already); a store still starting (a build that failed before its bake) is
     * ended once started, on a thread of its own: the failure need not wait for it.
     */
    @Override
    public void close() {
        if (!fresh) {
            store.end();
        } else if (!early.isDone()) {
            Thread thread = new Thread(() -> {
                startedEarly();
                store.end();
            }, "dossier-store-end");
            thread.setDaemon(true);
            thread.start();
        } else if (broken || !IDLE.compareAndSet(null, store)) {
            store.end();
        } else {
            Thread thread = new Thread(() -> {
                try {
                    Thread.sleep(IDLE_FOR_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (IDLE.compareAndSet(store, null)) {
                    store.end();
                }
            }, "dossier-store-idle");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * A content store that starts once and that JBake's end of a bake leaves open, for the next bake: JBake
     * starts it again at the start of a bake, which finds it started, and closes it and shuts OrientDB down
     * at the end, which it does not.
     */
    private static final class Store extends ContentStore {

        /** Held to start or end a store: ending one shuts OrientDB down, which another's start may not overlap. */
        private static final Object STARTS = new Object();
        private boolean started;

        Store(String name) {
            super(STORE, name);
        }

        @Override
        public void startup() {
            synchronized (STARTS) {
                if (!started) {
                    super.startup();
                    started = true;
                }
            }
        }

        @Override
        public void close() {
            // Kept open for the next bake.
        }

        @Override
        public void shutdown() {
            // Kept for the next bake.
        }

        /** Ends the store if it started, and OrientDB with it. */
        void end() {
            synchronized (STARTS) {
                if (started) {
                    super.close();
                    super.shutdown();
                    started = false;
                }
            }
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder("  " + error.getMessage());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\n    caused by: ").append(cause.getMessage());
        }
        return text.toString();
    }
}
