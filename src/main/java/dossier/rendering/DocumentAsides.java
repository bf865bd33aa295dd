package dossier.rendering;

import dossier.annotation.acronyms.Glossary;
import dossier.annotation.index.DossierIndex;
import dossier.annotation.references.CitationIndex;
import dossier.model.Document;
import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document page's asides, from what the annotation pass learned of the whole dossier: references
 * (parts/citations-aside.ftlh), acronyms (parts/acronyms-aside.ftlh) and index entries
 * (parts/index-aside.ftlh). Read once every document is annotated, as "Cited by" comes from other pages.
 * Plain lists and maps of text, as templates of every kind read them.
 */
public final class DocumentAsides {

    private final CitationViews citations;
    private final Glossary glossary;
    private final DossierIndex index;

    /**
     * @param glossary the glossary with every use marked
     */
    public DocumentAsides(CitationIndex citations, Glossary glossary, DossierIndex index, List<Document> documents) {
        this.citations = new CitationViews(citations, documents);
        this.glossary = glossary;
        this.index = index;
    }

    /** The asides' values for the document's page template, by name. */
    public Map<String, Object> values(Document document) {
        Map<String, Object> values = new LinkedHashMap<>(citations.aside(document));
        values.put("acronyms", acronyms(glossary, document));
        values.put("index_entries", indexEntries(index, document));
        return values;
    }

    /**
     * "Acronyms in this document", from the glossary with its uses: id, acronym (as the document writes it), expansion, count (of uses)
     * and defined (whether the document spells it out).
     */
    public static List<Map<String, Object>> acronyms(Glossary glossary, Document document) {
        List<Map<String, Object>> acronyms = new ArrayList<>();
        for (Glossary.InDocument used : glossary.in(document.slug())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", used.entry().id());
            item.put("acronym", String.join(" / ", used.written()));
            item.put("expansion", used.entry().expansion());
            item.put("count", used.count());
            item.put("defined", used.definedHere());
            acronyms.add(item);
        }
        return acronyms;
    }

    /** "In the index": href, heading, qualifier, category and count (of paragraphs), in index order. */
    public static List<Map<String, Object>> indexEntries(DossierIndex index, Document document) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (DossierIndex.Mentioned mentioned : index.mentionedIn(document.slug())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("href", PageAddress.at(PageAddress.fromDocument(PageAddress.SUBJECTS), mentioned.entry().id()));
            item.put("heading", mentioned.entry().heading());
            item.put("qualifier", mentioned.entry().qualifier());
            item.put("category", mentioned.entry().category().key());
            item.put("count", mentioned.paragraphs());
            entries.add(item);
        }
        return entries;
    }
}
