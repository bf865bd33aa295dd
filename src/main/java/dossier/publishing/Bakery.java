package dossier.publishing;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import dossier.publishing.web.PublicAddress;
import dossier.publishing.web.WebPages;
import dossier.rendering.HtmlTemplateEngine;
import dossier.rendering.RenderPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs JBake over a dossier's sources into a destination folder. JBake crawls the editorial pages and
 * renders them and the home page; dossier's rendering tool writes the document pages and the pages made
 * from the whole dossier through JBake's template engine.
 */
public final class Bakery {

    static {
        // OrientDB (inside JBake) logs through java.util.logging straight to stderr otherwise.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        // JBake creates its content store, an in-memory database, afresh for each bake, with default users
        // whose passwords OrientDB hashes with 65,536 PBKDF2 rounds: three quarters of a warm bake of the
        // real dossier went there. The database lives for one bake and holds no secret, so one round will do.
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
    }

    private Bakery() {
    }

    /** Bakes the site; every error JBake collected instead of throwing fails the bake. */
    public static void bake(SiteSources sources, Path destination, RenderPlan plan, PublicAddress address) {
        List<Path> unescaped = HtmlTemplateEngine.unescapedTemplates(sources.templates());
        if (!unescaped.isEmpty()) {
            throw new BuildException(unescaped.stream().map(t -> t + ": a .ftl template would print text unescaped; rename it to .ftlh")
                    .collect(Collectors.joining("\n")));
        }
        DefaultJBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(sources.root().toFile(), destination.toFile(), true);
        } catch (RuntimeException e) {
            throw new BuildException("cannot configure JBake for " + sources.root() + ": " + e.getMessage(), e);
        }
        EditorialContent content = EditorialContent.mirror(sources.content());
        config.setContentFolder(content.root().toFile());
        config.setTemplateFolder(sources.templates().toFile());
        config.setAssetFolder(sources.assets().toFile());
        config.setDatabaseStore("memory");
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
        WebPages.configure(config, address, plan.documents());

        Oven oven = new Oven(config);
        try (content) {
            oven.bake();
        }
        List<Throwable> errors = oven.getErrors();
        if (!errors.isEmpty()) {
            throw new BuildException("JBake could not render the site:\n" + errors.stream()
                    .map(Bakery::describe).collect(Collectors.joining("\n")), errors.get(0));
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
