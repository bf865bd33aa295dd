package dossier.publishing.web;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Sentences;
import java.util.List;
import java.util.Set;
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
    /** At most five words and no punctuation: a lead-in such as "The General Assembly", no sentence of its own. */
    private static final Pattern LEAD_IN = Pattern.compile("\\s*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}\\s*");

    private Summaries() {
    }

    /** The document's first sentence, or its title when its text has no paragraph. */
    public static String firstSentence(Document document) {
        String text = firstText(document.blocks());
        if (text.isEmpty()) {
            return shorten(document.metadata().title());
        }
        int[] ends = Sentences.ends(text);
        return shorten(ends.length > 0 ? text.substring(0, ends[0] + 1) : text);
    }

    /**
     * The words of the first paragraph, after the speaker of a resolution ("The General Assembly,") if any;
     * a few words without punctuation standing alone before it (a speaker without its comma) lead into it.
     */
    private static String firstText(List<Block> blocks) {
        String speaker = "";
        for (Block block : blocks) {
            boolean leadIn = TEXT.contains(block.type()) && LEAD_IN.matcher(block.text()).matches();
            if (block.type() == Block.Type.PREAMBLE_OPENING || leadIn) {
                speaker += block.text().strip() + " ";
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
        return cut(clean.replaceAll("\\s*[,;:]$", ""), TITLE_MAX);
    }

    /** Cut at a word when long; a clause that runs on (a preambular paragraph ends with a comma) ends in "…". */
    private static String shorten(String text) {
        String shortened = cut(text.replaceAll("\\s+", " ").strip(), MAX);
        return shortened.replaceAll("[,;:]$", "…");
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1).replaceAll("[,;:]$", "") + "…";
    }
}
