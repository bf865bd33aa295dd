package dossier.publishing.web;

import dossier.model.Block;
import dossier.model.Document;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document in one sentence, for a page's meta description, its preview card and its feed entry: the
 * first sentence of its text (a resolution's speaker and first preambular paragraph read as one), cut at
 * a word when it runs long.
 */
public final class Summaries {

    /** Search engines and preview cards show about this much; a longer sentence is cut at a word. */
    static final int MAX = 200;
    /** A browser tab or a search result shows about this much of a title. */
    static final int TITLE_MAX = 80;

    private static final Set<Block.Type> TEXT = Set.of(Block.Type.PARAGRAPH, Block.Type.PREAMBULAR, Block.Type.OPERATIVE);
    /** A full stop, question or exclamation mark closing a sentence: followed by a space and a capital, or the end. */
    private static final Pattern END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“(]|\\s*$)");
    /** The word before a full stop that does not end a sentence: titles, "No.", "para.", one initial. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Messrs|No|Nos|para|paras|art|Art|St|Corr|Rev|Add|Vol|p|pp|cf|e\\.g|i\\.e|etc)|\\b\\p{Lu})$");

    private Summaries() {
    }

    /** The document's first sentence, or its title when its text has no paragraph. */
    public static String firstSentence(Document document) {
        String text = firstText(document.blocks());
        if (text.isEmpty()) {
            return shorten(document.metadata().title());
        }
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (!ABBREVIATION.matcher(text.substring(0, end.start())).find()) {
                return shorten(text.substring(0, end.end()));
            }
        }
        return shorten(text);
    }

    /** The words of the first paragraph, after the speaker of a resolution ("The General Assembly,") if any. */
    private static String firstText(List<Block> blocks) {
        String speaker = "";
        for (Block block : blocks) {
            if (block.type() == Block.Type.PREAMBLE_OPENING) {
                speaker = block.text().strip() + " ";
            } else if (TEXT.contains(block.type()) && !block.text().isBlank()) {
                return (speaker + block.text()).replaceAll("\\s+", " ").strip();
            } else if (block.type() == Block.Type.ANNEX) {
                String inside = firstText(block.children());
                if (!inside.isEmpty()) {
                    return inside;
                }
            }
        }
        return "";
    }

    /**
     * A title short enough for a browser tab: a draft's list of sponsors before its colon ("Colombia, France
     * …: draft resolution") gives way to what follows it, and a long title is cut at a word.
     */
    public static String shortTitle(String title) {
        String clean = title.replaceAll("\\s+", " ").strip();
        int colon = clean.lastIndexOf(": ");
        if (colon > 0 && clean.substring(0, colon).contains(",")) {
            String rest = clean.substring(colon + 2);
            clean = rest.isEmpty() ? clean : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return cut(clean, TITLE_MAX);
    }

    private static String shorten(String text) {
        return cut(text.replaceAll("\\s+", " ").strip(), MAX);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1).replaceAll("[,;:]$", "") + "…";
    }
}
