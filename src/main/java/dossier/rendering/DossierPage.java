package dossier.rendering;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page made from the whole dossier rather than from one source: glossary, citations, search …
 *
 * @param file     output file, relative to the site root, e.g. "glossary.html"
 * @param template Freemarker template in templates/, e.g. "glossary.ftlh"
 * @param title    the page's title
 * @param data     what the template needs, by name (visible as content.NAME); gathered when the page is
 *                 rendered, on the core that renders it, as some pages take a while to gather
 * @param listed   whether the site's navigation links to it (a page of a split timeline is reached from its overview)
 */
public record DossierPage(String file, String template, String title, Supplier<Map<String, Object>> data, boolean listed) {

    public DossierPage(String file, String template, String title, Supplier<Map<String, Object>> data) {
        this(file, template, title, data, true);
    }
}
