package dossier.publishing.citation;

import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.publishing.BuildException;
import dossier.publishing.web.PublicAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dossier's references: the citation files the build writes (each document's beside its page, and one
 * of every document at the site's root) and, for templates (config.dossier_citations), each document's
 * reference for its meta tags and the addresses of its files.
 */
public final class Citations {

    /** The configuration key; templates see config.dossier_citations. */
    public static final String CONFIG_KEY = "dossier.citations";
    /** The name of the files of the whole dossier at the site's root: "references.ris" … */
    public static final String DOSSIER_FILE = "references";

    private final List<Document> documents;
    private final Map<String, Document> bySlug;
    private final PublicAddress address;
    /** Each document's reference, made when first asked for: serve renders an edit's pages alone first. */
    private final Map<String, Reference> made = new ConcurrentHashMap<>();

    private Citations(List<Document> documents, PublicAddress address) {
        this.documents = documents;
        this.bySlug = documents.stream().collect(Collectors.toUnmodifiableMap(Document::slug, Function.identity()));
        this.address = address;
    }

    /** The references of {@code documents}, in the dossier's order. */
    public static Citations of(List<Document> documents, PublicAddress address) {
        return new Citations(documents.stream().sorted(Document.ORDER).toList(), address);
    }

    /** Writes every file of every format into the site; returns how many. */
    public int write(Path site) {
        List<Reference> references = documents.stream().map(d -> of(d.slug())).toList();
        int files = 0;
        for (CitationFormat format : CitationFormat.values()) {
            for (Reference reference : references) {
                files += write(site.resolve(file(reference.key(), format)), format.write(List.of(reference)));
            }
            files += write(site.resolve(dossierFile(format)), format.write(references));
        }
        return files;
    }

    private static int write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            throw new BuildException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The reference of one document, for its page's meta tags. */
    public Reference of(String slug) {
        Document document = bySlug.get(slug);
        return document == null ? null : made.computeIfAbsent(slug, s -> Reference.of(document, address));
    }

    public List<CitationFormat> formats() {
        return List.of(CitationFormat.values());
    }

    /** A document's file in {@code format}, relative to the site root: "documents/s-2012-894.ris". */
    public String file(String slug, CitationFormat format) {
        return PageAddress.beside(slug, format.extension());
    }

    /** The file of the whole dossier in {@code format}, relative to the site root: "references.bib". */
    public String dossierFile(CitationFormat format) {
        return DOSSIER_FILE + "." + format.extension();
    }
}
