package dossier.publishing.citation;

import java.util.List;
import java.util.function.Function;

/** The citation files the site offers, each as a reference manager imports it. */
public enum CitationFormat {
    RIS("RIS", "ris", Ris::write),
    BIBTEX("BibTeX", "bib", BibTex::write),
    CSL_JSON("CSL-JSON", "csl.json", CslJson::write);

    private final String label;
    private final String extension;
    private final Function<List<Reference>, String> writer;

    CitationFormat(String label, String extension, Function<List<Reference>, String> writer) {
        this.label = label;
        this.extension = extension;
        this.writer = writer;
    }

    /** The name a reader knows the format by: "BibTeX". */
    public String label() {
        return label;
    }

    /** The file name's ending, without the dot: "csl.json". */
    public String extension() {
        return extension;
    }

    /** The file's text (UTF-8 when written) for these references, in their order. */
    public String write(List<Reference> references) {
        return writer.apply(references);
    }
}
