package dossier.publishing.citation;

import java.util.List;

/**
 * RIS, the tagged format every reference manager imports: a report (TY RPRT), its report number in SN and
 * its institution in PB, as Zotero's RIS translator maps them for reports. Lines end with CR LF, as the
 * format's specification writes them.
 */
final class Ris {

    private static final String EOL = "\r\n";

    private Ris() {
    }

    static String write(List<Reference> references) {
        StringBuilder out = new StringBuilder();
        for (Reference r : references) {
            tag(out, "TY", "RPRT");
            tag(out, "ID", r.key());
            tag(out, "TI", r.title());
            tag(out, "AU", r.institution());
            tag(out, "PB", Reference.PUBLISHER);
            tag(out, "SN", r.symbol());
            tag(out, "M3", r.kind());
            if (r.date() != null) {
                tag(out, "PY", Integer.toString(r.date().getYear()));
                tag(out, "DA", r.slashedDate());
            }
            tag(out, "LA", r.language());
            r.pageUrl().ifPresent(url -> tag(out, "UR", url));
            r.pdfUrl().ifPresent(url -> tag(out, "L1", url));
            out.append("ER  - ").append(EOL);
        }
        return out.toString();
    }

    /** One field; an empty value is left out (RIS has no empty field worth keeping). */
    private static void tag(StringBuilder out, String tag, String value) {
        if (!value.isEmpty()) {
            out.append(tag).append("  - ").append(value).append(EOL);
        }
    }
}
