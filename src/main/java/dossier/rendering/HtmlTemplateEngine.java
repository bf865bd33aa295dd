package dossier.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * dossier's Freemarker, registered with JBake for {@code .ftlh} templates in
 * META-INF/org.jbake.parser.TemplateEngines.properties. Every template it loads, and every part a
 * template includes or imports whatever its name, is in the HTML output format: {@code ${x}} is escaped
 * by construction, so a template that forgets a header cannot print a source's text as markup. JBake's
 * own Freemarker engine (for {@code .ftl}) escapes nothing, which is why a dossier may hold no .ftl
 * template at all ({@link #unescapedTemplates}).
 */
public class HtmlTemplateEngine extends AbstractTemplateEngine {

    /** The extension of every dossier template (Freemarker's own name for HTML templates). */
    public static final String EXTENSION = ".ftlh";
    private static final String UNESCAPED_EXTENSION = ".ftl";

    private final Configuration freemarker;

    public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        // The compatibility level JBake's engine uses, so templates see the data model as they did.
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        // A template error fails the page (JBake collects it) instead of printing a trace into the HTML.
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + config.getTemplateFolder(), e);
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, db, config), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /**
     * The .ftl templates of a folder, which JBake would render with its own unescaped engine; a dossier
     * must rename them to .ftlh. Returns them so the build can name every one.
     */
    public static List<Path> unescapedTemplates(Path templates) {
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(p -> p.getFileName().toString().endsWith(UNESCAPED_EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates in " + templates, e);
        }
    }
}
