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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** How many template folders' configurations the JVM keeps: a build uses one, the tests a few. */
    private static final int KEPT = 4;
    /**
     * The configurations made, by their settings and their templates' bytes, for every later engine of the
     * JVM with the same: JBake and dossier create several engines per bake, serve bakes on every edit and the
     * tests build many times, and a configuration parses each template once for all of them. A template
     * edited, even twice within one tick of the file system's clock, changes the key; Freemarker also checks
     * a template's file at every use, so one edited during a bake is read again.
     */
    private static final Map<List<Object>, Configuration> CONFIGURATIONS = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Configuration> eldest) {
            return size() > KEPT;
        }
    };

    private final Configuration freemarker;
    private final Map<String, freemarker.template.TemplateModel> storeCollections = new HashMap<>();

    public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        List<Object> settings = Arrays.asList(config.getTemplateFolder().getAbsoluteFile(), config.getRenderEncoding(),
                config.getOutputEncoding(), config.getFreemarkerTimeZone(), digest(config.getTemplateFolder().toPath()));
        synchronized (CONFIGURATIONS) {
            freemarker = CONFIGURATIONS.computeIfAbsent(settings, key -> configuration(config));
        }
    }

    /** The digest of every file under the template folder, by its path and bytes. */
    private static String digest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        // Shared across bakes: a template edited during one must be seen by the next one.
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
