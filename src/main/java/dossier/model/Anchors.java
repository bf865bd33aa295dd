package dossier.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The anchor grammar: how the fragment ids of a document's places are written. The reader gives blocks
 * their anchors, references rebuild them from what a text says ("paragraph 9 (b)" → "para-9-b"), the
 * page prints them and {@link AnchorLabels} names them, all by these rules.
 */
public final class Anchors {

    /** An annex's anchor: "annex", or "annex-2" for a second one. */
    public static final Pattern ANNEX = Pattern.compile("annex(?:-\\d+)?");
    /** Where a paragraph's number starts in its anchor. */
    public static final String PARAGRAPH = "para-";
    public static final String SECTION = "sec-";
    public static final String PREAMBULAR = "pp-";
    public static final String UNNUMBERED = "p-";
    public static final String FOOTNOTE = "fn-";
    /** The anchor of a footnote's marker in the text, which the footnote links back to. */
    public static final String FOOTNOTE_MARKER = "fnref-";

    private Anchors() {
    }

    /** "annex" for the first annex, "annex-2" for the second … */
    public static String annex(int number) {
        return number == 1 ? "annex" : "annex-" + number;
    }

    /** "para-9", or "para-9-b" for its sub-paragraph (b). */
    public static String paragraph(String number, String sub) {
        return PARAGRAPH + number + (sub == null || sub.isEmpty() ? "" : "-" + sub.toLowerCase(Locale.ROOT));
    }

    /** "para-9" for "para-9-b": a paragraph's anchor without its sub-paragraph. */
    public static String wholeParagraph(String anchor) {
        int second = anchor.indexOf('-', PARAGRAPH.length());
        return second < 0 ? anchor : anchor.substring(0, second);
    }

    /** "sec-ii-": what a paragraph's anchor starts with inside section II. */
    public static String sectionPrefix(String section) {
        return SECTION + section.toLowerCase(Locale.ROOT) + "-";
    }

    /** "fn-1": a footnote's anchor, from its marker. */
    public static String footnote(String marker) {
        return FOOTNOTE + marker;
    }

    /** "fnref-1": where the text marks footnote 1. */
    public static String footnoteMarker(String marker) {
        return FOOTNOTE_MARKER + marker;
    }

    /** "para-10-ii": an item printed inside the running text of the block anchored {@code block}. */
    public static String item(String block, Span item) {
        return block + "-" + part(item.text());
    }

    /** "II." → "ii", "A." → "a", "(iv)" → "iv": a printed number as it appears in an anchor. */
    public static String part(String number) {
        return number.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
