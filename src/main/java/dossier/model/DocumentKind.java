package dossier.model;

import java.util.List;

/** What kind of UN document a source is; drives labels and a few reading rules. */
public enum DocumentKind {
    LETTER("Letter"),
    REPORT("Report"),
    ADDENDUM("Addendum"),
    CORRIGENDUM("Corrigendum"),
    DRAFT_RESOLUTION("Draft resolution"),
    RESOLUTION("Resolution"),
    NOTE("Note"),
    DOCUMENT("Document");

    /** How a letter's title opens, before "dated …": "Letter dated 12 October 2012 from …". */
    public static final List<String> LETTER_OPENINGS = List.of("Letter", "Identical letters", "Note verbale");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the enum name or the label, in any case, with spaces, hyphens or underscores. */
    public static DocumentKind parse(String text) {
        String key = text.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (DocumentKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown document kind '" + text + "' (one of: letter, report, "
                + "addendum, corrigendum, draft resolution, resolution, note, document)");
    }
}
