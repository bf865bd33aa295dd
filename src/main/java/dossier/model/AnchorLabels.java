package dossier.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a reader names an anchored place: "para. 9 (b)" for {@code para-9-b}, "section II, para. 2" for
 * {@code sec-ii-para-2}, "footnote 1" for {@code fn-1}, "annex, para. 3" for {@code annex-para-3}. One rule
 * for every place that names a point in a document (the page's own links to copy, timeline, glossary
 * back-links, citations, search results).
 */
public final class AnchorLabels {

    // Read by the grammar's own prefixes ({@link Anchors}), which are plain letters and hyphens.
    private static final Pattern IN_ANNEX = Pattern.compile("(annex(?:-(\\d+))?)(?:-(.+))?");
    private static final Pattern SECTION_PARA = Pattern.compile(Anchors.SECTION + "([a-z0-9]+(?:-[a-z0-9]+)*?)-(" + Anchors.PARAGRAPH + ".+)");
    private static final Pattern PARA = Pattern.compile(Anchors.PARAGRAPH + "(\\d+)((?:-[a-z]+)*)");
    private static final Pattern PREAMBLE = Pattern.compile(Anchors.PREAMBULAR + "(\\d+)");
    private static final Pattern PLAIN = Pattern.compile(Anchors.UNNUMBERED + "(\\d+)");
    private static final Pattern FOOTNOTE = Pattern.compile(Anchors.FOOTNOTE + "(.+)");
    private static final Pattern SECTION = Pattern.compile(Anchors.SECTION + "(.+)");

    private AnchorLabels() {
    }

    public static String label(String anchor) {
        Matcher m;
        if ((m = IN_ANNEX.matcher(anchor)).matches()) {
            String annex = m.group(2) == null ? "annex" : "annex " + m.group(2);
            if (m.group(3) == null) {
                return annex;
            }
            String inside = label(m.group(3));
            return inside.equals(m.group(3)) ? anchor : annex + ", " + inside;
        }
        if ((m = SECTION_PARA.matcher(anchor)).matches() && PARA.matcher(m.group(2)).matches()) {
            return "section " + numbering(m.group(1)) + ", " + label(m.group(2));
        }
        if ((m = PARA.matcher(anchor)).matches()) {
            StringBuilder label = new StringBuilder("para. ").append(m.group(1));
            for (String part : m.group(2).split("-")) {
                if (!part.isEmpty()) {
                    label.append(" (").append(part).append(')');
                }
            }
            return label.toString();
        }
        if ((m = PREAMBLE.matcher(anchor)).matches()) {
            return "preamble, para. " + m.group(1);
        }
        if ((m = PLAIN.matcher(anchor)).matches()) {
            return "para. " + m.group(1) + " (unnumbered)";
        }
        if ((m = FOOTNOTE.matcher(anchor)).matches()) {
            return "footnote " + m.group(1);
        }
        if ((m = SECTION.matcher(anchor)).matches()) {
            String path = m.group(1);
            return path.matches("[a-z0-9]+(-[a-z0-9]+)*") && path.length() <= 12
                    ? "section " + numbering(path)
                    : "section “" + path.replace('-', ' ') + "”";
        }
        return anchor;
    }

    /** "ii-a" → "II.A": a section's numbering path as printed. */
    private static String numbering(String path) {
        return path.toUpperCase(Locale.ROOT).replace('-', '.');
    }
}
