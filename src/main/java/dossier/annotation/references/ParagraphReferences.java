package dossier.annotation.references;

import dossier.model.Anchors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered paragraphs named in a text: "paragraph 12 above", "paragraph 9 (b)", "paragraphs 23 and 24".
 * They point into the citing document, unless followed by "of" and another document ("paragraph 5 of
 * resolution 2071 (2012)"); a paragraph of a document the text does not name ("paragraph 1 of
 * Article 2") is left alone. "Paragraph 2 of section II" points at that section's paragraph 2, in a text
 * whose numbering restarts in each section ({@code sec-ii-para-2}).
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
    private static final Pattern OF_SECTION = Pattern.compile("^\\s+of\\s+section\\s+(?<section>[IVXL]{1,6})\\b");

    private ParagraphReferences() {
    }

    /** {@code documents} are the other mentions in the same text, to which "paragraph N of …" may belong. */
    static List<Mention> find(String text, List<Mention> documents) {
        // Every match holds "para"; a text without it need not be tried at every place.
        if (!text.contains("para")) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher first = FIRST.matcher(text);
        while (first.find()) {
            List<Mention.Paragraph> here = new ArrayList<>();
            here.add(new Mention.Paragraph(first.start(), first.end(), anchor(first), Optional.empty()));
            int end = first.end();
            Matcher next = NEXT.matcher(text).useTransparentBounds(true);
            while (next.region(end, text.length()).lookingAt()) {
                here.add(new Mention.Paragraph(next.start("number"), next.end(), anchor(next), Optional.empty()));
                end = next.end();
            }
            String after = text.substring(end);
            Matcher section = OF_SECTION.matcher(after);
            if (section.find()) {
                String prefix = Anchors.sectionPrefix(section.group("section"));
                here.forEach(p -> found.add(new Mention.Paragraph(p.start(), p.end(), prefix + p.anchor(), Optional.empty())));
                continue;
            }
            if (inThisDocument(after)) {
                found.addAll(here);
                continue;
            }
            Optional<Mention> other = documentNamed(after, end, documents);
            if (other.isPresent()) {
                here.forEach(p -> found.add(new Mention.Paragraph(p.start(), p.end(), p.anchor(), other)));
            }
        }
        return found;
    }

    /** No "of" after the paragraph numbers, or "of the present resolution", "of this report" … */
    private static boolean inThisDocument(String after) {
        return !OF_ANY.matcher(after).find() || OF_THIS.matcher(after).find();
    }

    /** The document named right after "of", among the mentions of the same text ({@code offset} is where {@code after} starts). */
    private static Optional<Mention> documentNamed(String after, int offset, List<Mention> documents) {
        for (Mention document : documents) {
            int gap = document.start() - offset;
            if (gap > 0 && gap <= after.length() && OF_OTHER.matcher(after.substring(0, gap)).find()) {
                return Optional.of(document);
            }
        }
        return Optional.empty();
    }

    private static String anchor(Matcher m) {
        return Anchors.paragraph(m.group("number"), m.group("sub"));
    }
}
