package dossier.publishing.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a search result names its paragraph, from the anchor contract: para-12 → "paragraph 12",
 * para-12-a → "paragraph 12 (a)", pp-3 → "preambular paragraph 3", sec-… → "heading", annex → "annex",
 * annex-p-2 → "annex, paragraph 2", p-7 → "unnumbered paragraph 7". Any other anchor is shown as it is.
 */
final class ParagraphLabel {

    private static final Pattern NUMBERED = Pattern.compile("para-(\\d+)((?:-[a-z0-9]+)*)");
    private static final Pattern PREAMBULAR = Pattern.compile("pp-(\\d+)");
    private static final Pattern ANNEX_PARAGRAPH = Pattern.compile("annex-p-(\\d+)");
    private static final Pattern UNNUMBERED = Pattern.compile("p-(\\d+)");

    private ParagraphLabel() {
    }

    static String of(String anchor) {
        Matcher m = NUMBERED.matcher(anchor);
        if (m.matches()) {
            StringBuilder label = new StringBuilder("paragraph ").append(m.group(1));
            for (String part : m.group(2).split("-")) {
                if (!part.isEmpty()) {
                    label.append(" (").append(part).append(')');
                }
            }
            return label.toString();
        }
        if ((m = PREAMBULAR.matcher(anchor)).matches()) {
            return "preambular paragraph " + m.group(1);
        }
        if ((m = ANNEX_PARAGRAPH.matcher(anchor)).matches()) {
            return "annex, paragraph " + m.group(1);
        }
        if ((m = UNNUMBERED.matcher(anchor)).matches()) {
            return "unnumbered paragraph " + m.group(1);
        }
        if (anchor.startsWith("sec-")) {
            return "heading";
        }
        return anchor;
    }
}
