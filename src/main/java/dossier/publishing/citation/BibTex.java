package dossier.publishing.citation;

import java.util.List;

/**
 * BibTeX: a {@code @techreport} per document (institution, number = the symbol, type = the kind), with
 * biblatex's {@code date} beside BibTeX's year and month. UTF-8 text; LaTeX's special characters escaped.
 */
final class BibTex {

    private BibTex() {
    }

    static String write(List<Reference> references) {
        StringBuilder out = new StringBuilder();
        for (Reference r : references) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("@techreport{").append(r.key()).append(",\n");
            // Double braces keep the title's capitals as printed.
            field(out, "title", "{" + escape(r.title()) + "}");
            field(out, "institution", escape(r.institution()));
            field(out, "number", escape(r.symbol()));
            field(out, "type", escape(r.kind()));
            if (r.date() != null) {
                field(out, "year", Integer.toString(r.date().getYear()));
                field(out, "month", Integer.toString(r.date().getMonthValue()));
                field(out, "date", r.date().toString());
            }
            field(out, "language", escape(r.language()));
            r.pageUrl().ifPresent(url -> field(out, "url", url));
            r.pdfUrl().ifPresent(url -> field(out, "file", url));
            out.append("}\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** LaTeX's special characters as LaTeX writes them, so that a title's "&" or "%" survives. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
