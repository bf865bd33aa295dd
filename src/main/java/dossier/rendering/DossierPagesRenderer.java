package dossier.rendering;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * JBake rendering tool for the pages made from the whole dossier (glossary, citations, search …).
 * Found by JBake through META-INF/services, like its own index and feed renderers.
 */
public class DossierPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(RenderPlan.CONFIG_KEY) instanceof RenderPlan plan)) {
            return 0;
        }
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(db, config);
        for (DossierPage page : plan.pages()) {
            Path out = config.getDestinationFolder().toPath().resolve(page.file());
            try {
                Files.createDirectories(out.getParent());
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    engine.renderDocument(model(page, engine), page.template(), writer);
                }
            } catch (IOException e) {
                throw new RenderingException("could not write " + out + ": " + e.getMessage());
            }
        }
        return plan.pages().size();
    }

    private static TemplateModel model(DossierPage page, DelegatingTemplateEngine engine) {
        DocumentModel content = new DocumentModel();
        content.setTitle(page.title());
        content.setType("dossierpage");
        content.setUri(page.file());
        content.setRootPath("../".repeat((int) page.file().chars().filter(c -> c == '/').count()));
        content.putAll(page.data());
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        return model;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 calls the JBakeConfiguration variant");
    }
}
