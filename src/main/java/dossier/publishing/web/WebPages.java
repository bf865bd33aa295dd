package dossier.publishing.web;

import dossier.model.Document;
import dossier.model.PageAddress;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What templates need to make the site a public website: the public address of a page (canonical link,
 * Open Graph, citations), each document's one-sentence summary, and whether there is an address at all.
 * Handed to JBake through its configuration; templates see it as config.dossier_web.
 */
public final class WebPages {

    /** The configuration key; templates see config.dossier_web. */
    public static final String CONFIG_KEY = "dossier.web";
    /** The Atom feed of the documents, written by JBake's feed renderer with templates/feed.ftlx. */
    public static final String FEED = PageAddress.FEED;
    /** The page a web server shows for a missing address, written by JBake's 404 renderer with templates/404.ftlh. */
    public static final String NOT_FOUND = PageAddress.NOT_FOUND;
    static final String FEED_TEMPLATE = "feed.ftlx";
    static final String NOT_FOUND_TEMPLATE = "404.ftlh";
    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);

    private final PublicAddress address;
    private final Map<String, Document> documents;
    /** Each summary made when a page first asks for it: serve renders an edit's pages alone first. */
    private final Map<String, String> summaries = new ConcurrentHashMap<>();

    WebPages(PublicAddress address, List<Document> documents) {
        this.address = address;
        this.documents = documents.stream().collect(Collectors.toUnmodifiableMap(Document::slug, Function.identity()));
    }

    /** An editor's {@code summary} header, kept with the header keys dossier does not read, or the first sentence. */
    private static String summaryOf(Document document) {
        return document.header().get("summary") instanceof String summary && !summary.isBlank()
                ? summary.strip() : Summaries.firstSentence(document);
    }

    /**
     * Hands the templates their helper, switches on JBake's 404 page and, for a public site only, its Atom
     * feed (an offline site has no address for a feed reader to come back to).
     */
    public static void configure(DefaultJBakeConfiguration config, PublicAddress address, List<Document> documents) {
        config.setProperty(CONFIG_KEY, new WebPages(address, documents));
        config.setProperty("render.error404", hasTemplate(config, NOT_FOUND_TEMPLATE));
        config.setProperty("error404.file", NOT_FOUND);
        config.setProperty("template.error404.file", NOT_FOUND_TEMPLATE);
        config.setProperty("render.feed", address.isSet() && hasTemplate(config, FEED_TEMPLATE));
        config.setProperty("feed.file", FEED);
        config.setProperty("template.feed.file", FEED_TEMPLATE);
    }

    /** A dossier with templates of its own, made before these pages existed, still builds, without them. */
    private static boolean hasTemplate(DefaultJBakeConfiguration config, String template) {
        boolean present = new File(config.getTemplateFolder(), template).isFile();
        if (!present) {
            LOG.warn("{} has no {}: the site goes without it", config.getTemplateFolder(), template);
        }
        return present;
    }

    /** True when the site has a public address (templates then write canonical links and previews). */
    public boolean isPublic() {
        return address.isSet();
    }

    /** The public base URL, ending with a slash ("" for an offline site). */
    public String base() {
        return address.base().orElse("");
    }

    /** The public address of a page given relative to the site root; only for a public site. */
    public String url(String page) {
        return address.of(page);
    }

    /** A title short enough for a browser tab (see {@link Summaries#shortTitle}). */
    public String shortTitle(String title) {
        return Summaries.shortTitle(title);
    }

    /** A document's summary: its editor's summary header, or the first sentence of its text (see {@link Summaries}). */
    public String summary(String slug) {
        Document document = documents.get(slug);
        return document == null ? "" : summaries.computeIfAbsent(slug, s -> summaryOf(document));
    }
}
