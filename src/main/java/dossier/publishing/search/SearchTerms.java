package dossier.publishing.search;

import dossier.model.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that turn text into search terms, applied to the dossier's paragraphs at build time and to
 * what a reader types at query time. assets/js/search.js mirrors them line for line (the browser test
 * compares both on every paragraph of the real dossier, every word of the corpus and every irregular
 * plural): change one, change the other.
 *
 * <p>A term is a word folded as the dossier folds all text ({@link Folding}: "Traoré" → "traore"), with a light English
 * plural stemmer applied ("negotiations" → "negotiation", "crises" → "crisis"); one-letter words and
 * common English stop words are not terms. A UN document symbol ("S/RES/2085 (2012)") is one term of its own ("s/res/2085(2012)"),
 * and its parts are terms too.
 */
public final class SearchTerms {

    /** A word: letters, digits and marks (the page's script reads this rule from the index). */
    static final String WORD = "[\\p{L}\\p{N}\\p{M}]+";
    /** A UN symbol, or a word: letters, then slash-separated parts, one of them with a digit, maybe "(2012)". */
    static final String TOKEN_RULE = "[A-Za-z]{1,6}(?:/[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)+(?: ?\\(\\d{4}\\))?|" + WORD;
    private static final Pattern TOKEN = Pattern.compile(TOKEN_RULE);
    private static final Pattern DIGIT = Pattern.compile("\\d");

    static final Set<String> STOP_WORDS = Set.of(
            "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
            "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the",
            "their", "them", "there", "these", "they", "this", "those", "to", "was", "were", "which", "who",
            "will", "with");

    /**
     * English plurals that no ending rule folds, each with its singular: Greek and Latin ones the UN writes
     * ("crises", "criteria", "addenda", "corrigenda") and a few Germanic ones. Only words whose plural form
     * has no other common meaning ("bases" is base as often as basis, so it is left out).
     */
    static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"), Map.entry("theses", "thesis"),
            Map.entry("hypotheses", "hypothesis"), Map.entry("syntheses", "synthesis"), Map.entry("diagnoses", "diagnosis"),
            Map.entry("parentheses", "parenthesis"), Map.entry("emphases", "emphasis"), Map.entry("synopses", "synopsis"),
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"), Map.entry("memoranda", "memorandum"),
            Map.entry("addenda", "addendum"), Map.entry("corrigenda", "corrigendum"), Map.entry("strata", "stratum"),
            Map.entry("curricula", "curriculum"), Map.entry("indices", "index"), Map.entry("appendices", "appendix"),
            Map.entry("matrices", "matrix"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("children", "child"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
            Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("halves", "half"),
            Map.entry("thieves", "thief"));

    /**
     * One term found in a text.
     *
     * @param term  the search term
     * @param start where its word starts in the text (a char index)
     * @param end   where its word ends in the text
     */
    public record Token(String term, int start, int end) {
    }

    private SearchTerms() {
    }

    /** Every term of a text, in order, with where its word stands. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        // A symbol holds a slash: in a text without one every token is a word.
        if (text.indexOf('/') < 0) {
            addWords(out, text, 0, text.length());
            return out;
        }
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String found = token.group();
            if (found.indexOf('/') >= 0 && DIGIT.matcher(found).find()) {
                out.add(new Token(symbol(found), token.start(), token.end()));
            }
            addWords(out, text, token.start(), token.end());
        }
        return out;
    }

    /**
     * The words of {@code text[from, to)}: runs of letters, numbers and marks ({@code [\p{L}\p{N}\p{M}]+}),
     * scanned by hand as the build reads every word of the dossier this way.
     */
    private static void addWords(List<Token> out, String text, int from, int to) {
        int i = from;
        while (i < to) {
            int start = i;
            int c;
            while (i < to && isWordChar(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (i > start) {
                addWord(out, text.substring(start, i), start, i);
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
    }

    private static boolean isWordChar(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        // The general categories from UPPERCASE_LETTER (1) to OTHER_NUMBER (11) are the letters, marks and numbers.
        int type = Character.getType(c);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER;
    }

    /** The terms of a text, in order. */
    public static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static void addWord(List<Token> out, String word, int start, int end) {
        String folded = Folding.fold(word);
        if (folded.length() > 1 && !STOP_WORDS.contains(folded)) {
            out.add(new Token(stem(folded), start, end));
        }
    }

    /** A symbol as one term: folded, without spaces ("S/RES/2085 (2012)" → "s/res/2085(2012)"). */
    public static String symbol(String text) {
        return Folding.fold(text).replaceAll("\\s+", "");
    }

    /**
     * A light English stemmer: plurals to singular, so that "negotiations" finds "negotiation" and "crises"
     * finds "crisis". Only plurals, because stripping more ("-ing", "-ed") merges words readers keep apart.
     */
    public static String stem(String word) {
        String irregular = IRREGULAR_PLURALS.get(word);
        if (irregular != null) {
            return irregular;
        }
        int n = word.length();
        if (n <= 3 || !word.endsWith("s")) {
            return word;
        }
        if (word.endsWith("ies") && n > 4 && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("zes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        return word.substring(0, n - 1);
    }
}
