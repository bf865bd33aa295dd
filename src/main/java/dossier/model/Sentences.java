package dossier.model;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where sentences end and may start in a document's text: the one rule the summaries, the timeline's
 * tenses and the index's names share. Each is read once per text or backwards from one place, never from
 * the text's start per match, so a paragraph of thousands of sentences stays linear.
 */
public final class Sentences {

    /** A full stop, question or exclamation mark followed by a space and a capital (or an opening quote or bracket), or the end. */
    private static final Pattern END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“(]|\\s*$)");
    /** A semicolon or colon before a capital closes a clause: a date's tense is its clause's. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:](?=\\s+[\\p{Lu}\"“(])");
    /** Words whose full stop ends no sentence: titles, "No.", "para.", references to parts of documents. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Messrs", "No", "Nos", "para",
            "paras", "art", "Art", "St", "Corr", "Rev", "Add", "Vol", "p", "pp", "cf", "e.g", "i.e", "etc");
    /**
     * Marks after which a capital may be the sentence's rather than a name's: sentence and clause ends, and
     * the openings of quotations and brackets. Broader than {@link #END}, since a wrong "may" only costs a name.
     */
    private static final String OPENINGS = ".;:!?)“\"(";

    private Sentences() {
    }

    /** Where each sentence-ending mark stands (each is one character), in order. */
    public static int[] ends(String text) {
        return marks(END.matcher(text), text).toArray();
    }

    /** Where each sentence or clause ends (a mark of one character), in order. */
    public static int[] clauseEnds(String text) {
        return IntStream.concat(marks(END.matcher(text), text), CLAUSE_END.matcher(text).results().mapToInt(m -> m.start()))
                .sorted().toArray();
    }

    /**
     * Whether the word at {@code at} may open a sentence: it starts the text, or follows (past spaces) an
     * opening mark or a control character (a line break, or a blanked entry). Read backwards from the word.
     */
    public static boolean mayStartAt(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return at == 0 || (i >= 0 && (OPENINGS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) < ' ' || text.charAt(i) == '\u007f'));
    }

    private static IntStream marks(Matcher end, String text) {
        return end.results().mapToInt(m -> m.start()).filter(at -> text.charAt(at) != '.' || !afterAbbreviation(text, at));
    }

    /** Whether the word before a full stop is an abbreviation or one capital (an initial), read back from the stop. */
    private static boolean afterAbbreviation(String text, int stop) {
        int from = stop;
        // Letters, and full stops between letters: "e.g", "U.N".
        while (from > 0 && (Character.isLetter(text.charAt(from - 1))
                || text.charAt(from - 1) == '.' && from > 1 && Character.isLetter(text.charAt(from - 2)))) {
            from--;
        }
        String word = text.substring(from, stop);
        int lastDot = word.lastIndexOf('.');
        String last = word.substring(lastDot + 1);
        return ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(last) || last.length() == 1 && Character.isUpperCase(last.charAt(0));
    }
}
