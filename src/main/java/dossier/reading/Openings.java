package dossier.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening words of a resolution's paragraphs, which the UN prints in italics: "Recalling also",
 * "Deeply concerned", "Taking note with appreciation", "Calls upon", "Strongly condemns". The first
 * word, or an adverb and the word after it, then any of the words that UN usage keeps with them.
 */
final class Openings {

    private static final String ADVERB = "(?:Also|Further|Strongly|Again|Firmly|Deeply|Gravely|Seriously|Once|Fully|Remaining)";
    private static final String KEPT_WITH = "(?:also|further|again|strongly|firmly|deeply|gravely|seriously|fully"
            + "|concerned|alarmed|convinced|note|upon|in mind"
            + "|with (?:deep |grave |great |serious )?(?:appreciation|satisfaction|concern|interest|regret))";
    private static final Pattern OPENING = Pattern.compile(
            "^(?:" + ADVERB + "\\s+\\p{L}+|\\p{Lu}\\p{L}+)(?:\\s+" + KEPT_WITH + ")*(?=[\\s,;:.]|$)");

    private Openings() {
    }

    /** How many characters of {@code text} are opening words; 0 when it does not open like a resolution's paragraph. */
    static int length(String text) {
        Matcher m = OPENING.matcher(text);
        return m.find() ? m.end() : 0;
    }
}
