package dossier.reading;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sub-paragraphs a resolution prints inside a sentence: "on: (i) the progress …; (ii) the training …".
 * A run of markers in sequence from (i) or (a) — two at least, so that a citation such as
 * "paragraph 9 (b)" is left alone — becomes item spans that can be linked to.
 */
final class InlineItems {

    private static final Pattern MARKER = Pattern.compile("(?<=^|\\s)\\(([ivx]{1,4}|[a-z])\\)(?=\\s)");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private InlineItems() {
    }

    static List<Span> mark(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        String expected = null;
        boolean roman = false;
        // whether "(b)" or "(ii)" follows, asked once a paragraph: asked at every "(a)", a line of thousands was quadratic
        Map<String, Boolean> follows = new HashMap<>();
        for (Span span : spans) {
            if (span.kind() != Span.Kind.TEXT || span.text().indexOf('(') < 0) {  // no marker without its parenthesis
                out.add(span);
                continue;
            }
            Matcher m = MARKER.matcher(span.text());
            int at = 0;
            while (m.find()) {
                String label = m.group(1);
                if (expected == null) {
                    boolean first = label.equals("i") || label.equals("a");
                    if (!first || !follows.computeIfAbsent(next(label, label.equals("i")), second -> runFollows(spans, second))) {
                        continue;
                    }
                    roman = label.equals("i");
                } else if (!label.equals(expected)) {
                    continue;
                }
                if (m.start() > at) {
                    out.add(Span.text(span.text().substring(at, m.start())));
                }
                out.add(new Span(Span.Kind.ITEM, m.group()));
                at = m.end();
                expected = next(label, roman);
            }
            if (at < span.text().length()) {
                out.add(Span.text(span.text().substring(at)));
            }
        }
        return out;
    }

    /** The second marker appears too: "(i)" alone is a citation, not a list. */
    private static boolean runFollows(List<Span> spans, String second) {
        String all = String.join("", spans.stream().filter(s -> s.kind() == Span.Kind.TEXT).map(Span::text).toList());
        return Pattern.compile("(?<=^|\\s)\\(" + second + "\\)(?=\\s)").matcher(all).find();
    }

    private static String next(String label, boolean roman) {
        if (roman) {
            int at = ROMAN.indexOf(label);
            return at >= 0 && at + 1 < ROMAN.size() ? ROMAN.get(at + 1) : "";
        }
        return String.valueOf((char) (label.charAt(0) + 1));
    }
}
