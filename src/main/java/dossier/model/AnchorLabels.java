package dossier.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a reader names an anchored place: "para. 9 (b)" for {@code para-9-b}. One rule for every page
 * that points into a document (timeline, glossary back-links, citations, search results).
 */
public final class AnchorLabels {

    private static final Pattern PARA = Pattern.compile("para-(\\d+)((?:-[a-z]+)*)");
    private static final Pattern PREAMBLE = Pattern.compile("pp-(\\d+)");
    private static final Pattern PLAIN = Pattern.compile("p-(\\d+)");
    private static final Pattern ANNEX = Pattern.compile("annex(?:-(\\d+))?(?:-p-(\\d+))?");
    private static final Pattern SECTION = Pattern.compile("sec-(.+)");

    private AnchorLabels() {
    }

    public static String label(String anchor) {
        Matcher m;
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
        if ((m = ANNEX.matcher(anchor)).matches()) {
            String annex = m.group(1) == null ? "annex" : "annex " + m.group(1);
            return m.group(2) == null ? annex : annex + ", para. " + m.group(2) + " (unnumbered)";
        }
        if ((m = SECTION.matcher(anchor)).matches()) {
            String path = m.group(1);
            return path.matches("[a-z0-9]+(-[a-z0-9]+)*") && path.length() <= 12
                    ? "section " + path.toUpperCase(Locale.ROOT).replace('-', '.')
                    : "section “" + path.replace('-', ' ') + "”";
        }
        return anchor;
    }
}
