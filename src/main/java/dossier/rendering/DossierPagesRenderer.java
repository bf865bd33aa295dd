package dossier.rendering;

import dossier.model.Document;
import dossier.model.PageAddress;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake rendering tool for the pages dossier makes itself: a page per document (its text already
 * rendered and annotated by the pipeline) and the pages made from the whole dossier (glossary,
 * citations, search …), through JBake's template engine. Found by JBake through META-INF/services, like
 * its own index and feed renderers. The documents never enter JBake's content store: its documents
 * renderer loads every document, bodies included, for each page it renders (prev/next links), which grows
 * with the square of the number of documents.
 */
public class DossierPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(RenderPlan.CONFIG_KEY) instanceof RenderPlan plan)) {
            return 0;
        }
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(db, config);
        Path site = config.getDestinationFolder().toPath();
        // Each page is rendered on its own (the plan and the templates are only read), so on every core; the
        // pages made from the whole dossier, the largest, first.
        List<Runnable> pages = new ArrayList<>();
        for (DossierPage page : plan.pages()) {
            pages.add(() -> write(plan, site, page.file(),
                    render(content(page.file(), page.title(), "dossierpage", page.data().get()), page.template(), engine), null));
        }
        for (Document document : plan.documents()) {
            pages.add(() -> write(plan, site, PageAddress.of(document.slug()), documentPage(plan, document, engine).html(),
                    plan.heldText(document)));
        }
        try {
            pages.parallelStream().forEach(Runnable::run);
        } catch (PageFailure failure) {
            throw failure.getCause();
        }
        return pages.size();
    }

    /** A document's page, and whether it was rendered now rather than found in the plan's memory. */
    private record Rendered(String html, boolean fresh) {
    }

    /**
     * The pages of the documents whose page the plan's memory does not hold as it now is, rendered (and
     * remembered) but not written, by page file: serve shows them before it builds the rest of the site.
     * Only the pages the memory says may differ are looked at ({@link RenderPlan.PageMemory#mayDiffer}): the
     * rest of the site's rendering checks every page.
     */
    public static Map<String, String> renderChanged(RenderPlan plan, ContentStore db, JBakeConfiguration config) throws RenderingException {
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(db, config);
        Map<String, String> changed = new ConcurrentHashMap<>();
        try {
            plan.memory().mayDiffer(plan.documents(), plan::heldText).parallelStream().forEach(document -> {
                Rendered page = documentPage(plan, document, engine);
                if (page.fresh()) {
                    changed.put(PageAddress.of(document.slug()), page.html());
                }
            });
        } catch (PageFailure failure) {
            throw failure.getCause();
        }
        return changed;
    }

    private static Rendered documentPage(RenderPlan plan, Document document, DelegatingTemplateEngine engine) {
        HtmlText text = plan.heldText(document);
        Map<String, Object> values = DocumentPage.values(document, plan.asides());
        String kept = plan.memory().page(document, values, text);
        if (kept != null) {
            return new Rendered(kept, false);
        }
        DocumentModel content = content(PageAddress.of(document.slug()), document.metadata().title(), DocumentPage.TYPE, values);
        content.setBody(text.html());
        if (document.metadata().date() != null) {
            content.setDate(Date.from(document.metadata().date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        String html = render(content, DocumentPage.TEMPLATE, engine);
        plan.memory().keep(document, values, text, html);
        return new Rendered(html, true);
    }

    private static DocumentModel content(String file, String title, String type, Map<String, Object> values) {
        DocumentModel content = new DocumentModel();
        content.setTitle(title);
        content.setType(type);
        content.setStatus("published");
        content.setUri(file);
        content.setRootPath("../".repeat((int) file.chars().filter(c -> c == '/').count()));
        content.putAll(values);
        return content;
    }

    private static String render(DocumentModel content, String template, DelegatingTemplateEngine engine) {
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        StringWriter html = new StringWriter();
        try {
            engine.renderDocument(model, template, html);
        } catch (RenderingException e) {
            throw new PageFailure(e);
        }
        return html.toString();
    }

    private static void write(RenderPlan plan, Path site, String file, String page, HtmlText documentText) {
        Path out = site.resolve(file);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PageFailure(new RenderingException("could not write " + out + ": " + e.getMessage()));
        }
        plan.sink().written(file, PageLinks.of(page, documentText));
    }

    /** A page that could not be rendered, carried out of the parallel rendering to JBake, which reports it. */
    private static final class PageFailure extends RuntimeException {

        PageFailure(RenderingException cause) {
            super(cause);
        }

        @Override
        public synchronized RenderingException getCause() {
            return (RenderingException) super.getCause();
        }
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 calls the JBakeConfiguration variant");
    }
}
