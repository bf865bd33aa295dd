package dossier.reading;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers travel inside line text, between private-use characters, from the moment they are
 * recognised (a number alone on its line, or run into a word: "Mali1") until the text becomes spans.
 */
final class FootnoteMarkers {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern EMBEDDED = Pattern.compile(OPEN + "(\\d{1,3}|\\*{1,3})" + CLOSE);

    private FootnoteMarkers() {
    }

    static String embed(String marker) {
        return OPEN + marker + CLOSE;
    }

    static String strip(String text) {
        if (text.indexOf(OPEN) < 0) {
            return text;  // most texts carry no marker
        }
        return EMBEDDED.matcher(text).replaceAll("");
    }

    /** The markers in a text, in order. */
    static List<String> markers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = EMBEDDED.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Text with embedded markers as spans: plain runs and footnote references. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = EMBEDDED.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(Span.text(text.substring(at, m.start())));
            }
            out.add(new Span(Span.Kind.NOTE_REF, m.group(1)));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(Span.text(text.substring(at)));
        }
        return out;
    }
}
