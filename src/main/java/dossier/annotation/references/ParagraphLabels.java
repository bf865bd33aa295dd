package dossier.annotation.references;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchors as a reader names them: "para-9-b" → "para. 9 (b)", "pp-3" → "preamble, para. 3", "annex" → "annex".
 * The same rule as the reading branch's dossier.model.AnchorLabels, which replaces this class once both are merged.
 */
final class ParagraphLabels {

    private static final Pattern NUMBERED = Pattern.compile("para-(\\d+)((?:-[a-z]+)*)");
    private static final Pattern PREAMBULAR = Pattern.compile("pp-(\\d+)");
    private static final Pattern UNNUMBERED = Pattern.compile("p-(\\d+)");
    private static final Pattern ANNEX = Pattern.compile("annex(?:-(\\d+))?(?:-p-(\\d+))?");
    private static final Pattern SECTION = Pattern.compile("sec-(.+)");

    private ParagraphLabels() {
    }

    static String label(String anchor) {
        Matcher m = NUMBERED.matcher(anchor);
        if (m.matches()) {
            StringBuilder label = new StringBuilder("para. ").append(m.group(1));
            for (String sub : m.group(2).split("-")) {
                if (!sub.isEmpty()) {
                    label.append(" (").append(sub).append(')');
                }
            }
            return label.toString();
        }
        if ((m = PREAMBULAR.matcher(anchor)).matches()) {
            return "preamble, para. " + m.group(1);
        }
        if ((m = UNNUMBERED.matcher(anchor)).matches()) {
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
