package dossier.annotation.index;

import dossier.model.Names;
import java.util.regex.Pattern;

/** How headings are written, filed and anchored: one rule each. */
final class Headings {

    /** Arabic article, ignored in filing: "al-Qaida" files under Q. */
    private static final Pattern ARTICLE = Pattern.compile("^(?i:al-)");

    private Headings() {
    }

    /** "Dioncounda Traoré" → "Traoré, Dioncounda": the last word first (a suggestion for the editor). */
    static String inverted(String direct) {
        int space = direct.strip().lastIndexOf(' ');
        return space < 0 ? direct : direct.substring(space + 1) + ", " + direct.substring(0, space).strip();
    }

    /** "Sanogo, Amadou Haya" → "Amadou Haya Sanogo": a person as running text names them. */
    static String direct(String inverted) {
        int comma = inverted.indexOf(',');
        return comma < 0 ? inverted : inverted.substring(comma + 1).strip() + " " + inverted.substring(0, comma).strip();
    }

    /** What a heading is filed by: without a leading "al-". */
    static String filing(String heading) {
        return ARTICLE.matcher(heading.strip()).replaceFirst("");
    }

    /** A stable fragment id from a heading and qualifier: "niger-river", "sanogo-amadou-haya". */
    static String id(String heading, String qualifier) {
        String text = qualifier.isEmpty() ? heading : heading + " " + qualifier;
        String id = Names.slug(text);
        return "entry-" + (id.isEmpty() ? "x" : id);
    }
}
