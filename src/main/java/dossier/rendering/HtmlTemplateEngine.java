package dossier.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

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
    /** The template function that prints an editorial page's HTML cleaned. */
    static final String CLEANED = "cleaned";
    private static final Safelist SAFE = Safelist.relaxed().addAttributes(":all", "id", "class");
    /** Only so that Jsoup can tell a relative link from a dangerous one; never printed. */
    private static final String RELATIVE_BASE = "https://dossier.invalid/pages/";

    /** JBake's collections of the content store's documents that are the same for every page. */
    private static final Set<String> STORE_COLLECTIONS = Set.of("published_pages", "published_posts",
            "published_content", "all_content", ModelAttributes.ALLTAGS);

    /** The JBake configuration key under which a bakery hands its {@link Templates} to every engine of its bakes. */
    public static final String TEMPLATES_KEY = "dossier.templates";

    /** A configuration and the settings it was made from. */
    private record Shared(List<Object> settings, Configuration freemarker) {
    }

    /**
     * The last configuration made, for the next engine with the same settings, kept by whoever bakes (a build,
     * or serve for all its rebuilds): JBake and dossier create several engines per bake, and serve bakes on
     * every edit, so each template is parsed once rather than by every engine. Freemarker checks a template's
     * file at every use and parses it again once it changed. One is kept, not one per folder: a build uses
     * one template folder.
     */
    public static final class Templates {

        private final AtomicReference<Shared> last = new AtomicReference<>();

        private Configuration configuration(JBakeConfiguration config) {
            List<Object> settings = Arrays.asList(config.getTemplateFolder().getAbsoluteFile(), config.getRenderEncoding(),
                    config.getOutputEncoding(), config.getFreemarkerTimeZone());
            return last.updateAndGet(shared -> shared != null && shared.settings().equals(settings) ? shared
                    : new Shared(settings, HtmlTemplateEngine.configuration(config))).freemarker();
        }
    }

    private final Configuration freemarker;
    private final Map<String, freemarker.template.TemplateModel> storeCollections = new HashMap<>();

    public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        Templates templates = config.get(TEMPLATES_KEY) instanceof Templates kept ? kept : new Templates();
        freemarker = templates.configuration(config);
    }

    private static Configuration configuration(JBakeConfiguration config) {
        // The compatibility level JBake's engine uses, so templates see the data model as they did.
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        // Templates come with the dossier, maybe someone else's: they may not make Java objects ("?new" of
        // freemarker.template.utility.Execute runs a shell command) nor reach them through "?api".
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setSharedVariable(CLEANED, (TemplateMethodModelEx) arguments -> cleaned(arguments));
        // A template error fails the page (JBake collects it) instead of printing a trace into the HTML.
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        // Shared across bakes: an edited template must be seen by the next one.
        freemarker.setTemplateUpdateDelayMilliseconds(0);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + config.getTemplateFolder(), e);
        }
        return freemarker;
    }

    /**
     * {@code ${cleaned(content.body)}}: an editorial page's HTML (Markdown, which lets raw HTML through) kept
     * to the tags and attributes of Jsoup's relaxed safelist, relative links included, and printed as markup.
     */
    private static TemplateHTMLOutputModel cleaned(List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel html)) {
            throw new TemplateModelException(CLEANED + "(html) takes one string");
        }
        String safe = Jsoup.clean(html.getAsString(), RELATIVE_BASE, SAFE.preserveRelativeLinks(true));
        return HTMLOutputFormat.INSTANCE.fromMarkup(safe);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new PageModel(model), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /**
     * The data a template sees, as JBake's own model gives it, with two costs of that model avoided: it copies
     * the whole page model for every name a template looks up, and it queries the content store for every
     * page that lists the editorial pages. A page's own values are looked up directly, and the store's
     * collections, which do not change once JBake has crawled the content, are read once per bake.
     */
    private final class PageModel implements TemplateHashModel {

        private final TemplateModel values;
        private final SimpleHash wrapped;
        private final FreemarkerTemplateEngine.LazyLoadingModel jbake;

        PageModel(TemplateModel values) {
            this.values = values;
            this.wrapped = new SimpleHash(values, freemarker.getObjectWrapper());
            this.jbake = new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), values, db, config);
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            boolean fromStore = STORE_COLLECTIONS.contains(key) || ModelExtractors.getInstance().containsKey(key)
                    || key.equals(ModelAttributes.DB) || key.equals(ModelAttributes.DATA);
            if (!fromStore) {
                return values.containsKey(key) ? wrapped.get(key) : jbake.get(key);
            }
            // Pages are rendered on several cores, and JBake's store is one database session: one page at a time.
            synchronized (storeCollections) {
                if (!STORE_COLLECTIONS.contains(key)) {
                    return jbake.get(key);
                }
                freemarker.template.TemplateModel collection = storeCollections.get(key);
                if (collection == null) {
                    collection = jbake.get(key);
                    storeCollections.put(key, collection);
                }
                return collection;
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
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
