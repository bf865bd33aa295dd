package dossier.annotation.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered paragraphs named in a text: "paragraph 12 above", "paragraph 9 (b)", "paragraphs 23 and 24".
 * They point into the citing document, unless followed by "of" and another document ("paragraph 5 of
 * resolution 2071 (2012)"); a paragraph of a document the text does not name ("paragraph 1 of
 * Article 2") is left alone.
 */
final class ParagraphReferences {

    private static final String ONE = "(?<number>\\d{1,3})(?:\\s?\\((?<sub>[a-z]{1,2}|[ivx]{1,5})\\))?";
    private static final Pattern FIRST = Pattern.compile("\\b(?:paragraphs?|paras?\\.)\\s+" + ONE + "(?![\\d,.]\\d)");
    private static final Pattern NEXT = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|to)\\s+|\\s?[-–]\\s?)" + ONE + "(?![\\d,.]\\d)");
    private static final Pattern OF_THIS = Pattern.compile(
            "^\\s+of\\s+(?:the\\s+present|this)\\s+(?:resolution|report|letter|note|document|decision)\\b");
    /** Words that may stand between "paragraph N of" and the document named: "of Security Council resolution …". */
    private static final Pattern OF_OTHER = Pattern.compile(
            "^\\s+of\\s+(?:(?:the|its|Security|Council|General|Assembly|Human|Rights|Economic|and|Social)\\s+)*$");
    private static final Pattern OF_ANY = Pattern.compile("^\\s+of\\b");

    private ParagraphReferences() {
    }

    /** {@code documents} are the other mentions in the same text, to which "paragraph N of …" may belong. */
    static List<Mention> find(String text, List<Mention> documents) {
        List<Mention> found = new ArrayList<>();
        Matcher first = FIRST.matcher(text);
        while (first.find()) {
            List<int[]> spans = new ArrayList<>();
            spans.add(new int[] {first.start(), first.end()});
            List<String> anchors = new ArrayList<>();
            anchors.add(anchor(first));
            int end = first.end();
            Matcher next = NEXT.matcher(text);
            while (next.region(end, text.length()).lookingAt()) {
                spans.add(new int[] {next.start("number"), next.end()});
                anchors.add(anchor(next));
                end = next.end();
            }
            Optional<Optional<Mention>> owner = owner(text.substring(end), end, documents);
            if (owner.isEmpty()) {
                continue;
            }
            for (int i = 0; i < spans.size(); i++) {
                found.add(new Mention.Paragraph(spans.get(i)[0], spans.get(i)[1], anchors.get(i), owner.get()));
            }
        }
        return found;
    }

    /**
     * Which document the paragraphs belong to: empty inner value for the citing document itself, the
     * mention that follows "of" for another, nothing at all when "of" names something unknown.
     */
    private static Optional<Optional<Mention>> owner(String after, int offset, List<Mention> documents) {
        if (!OF_ANY.matcher(after).find() || OF_THIS.matcher(after).find()) {
            return Optional.of(Optional.empty());
        }
        for (Mention document : documents) {
            int gap = document.start() - offset;
            if (gap > 0 && gap <= after.length() && OF_OTHER.matcher(after.substring(0, gap)).find()) {
                return Optional.of(Optional.of(document));
            }
        }
        return Optional.empty();
    }

    private static String anchor(Matcher m) {
        String sub = m.group("sub");
        return "para-" + m.group("number") + (sub == null ? "" : "-" + sub.toLowerCase(Locale.ROOT));
    }
}
