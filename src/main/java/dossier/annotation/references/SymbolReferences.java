package dossier.annotation.references;

import dossier.model.SymbolSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols written out in a text ({@link SymbolSeries#CITED}): S/2012/894, S/PRST/2012/7, A/HRC/RES/34/39,
 * A/74/918/Rev.1, S/RES/2071 (2012). A symbol starts with the letters of a UN document series and has
 * at least one number among its parts, so "A/B testing" or "km/h" are not symbols.
 */
final class SymbolReferences {

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private SymbolReferences() {
    }

    static List<Mention> find(String text) {
        // Most paragraphs have no slash, so no symbol: the pattern need not be tried at every place in them.
        if (text.indexOf('/') < 0) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher m = SymbolSeries.CITED.matcher(text);
        while (m.find()) {
            String symbol = m.group().replaceAll("\\s+", "");
            if (looksLikeASymbol(symbol)) {
                found.add(new Mention.Symbol(m.start(), m.end(), symbol));
            }
        }
        return found;
    }

    /**
     * At least one numbered part, and more than a lone short number ("A/5" is more likely a paper size
     * than the fifth document of the first General Assembly).
     */
    private static boolean looksLikeASymbol(String symbol) {
        String[] parts = symbol.split("/");
        if (!DIGIT.matcher(symbol.substring(parts[0].length())).find()) {
            return false;
        }
        return parts.length > 2 || parts[1].length() >= 3;
    }
}
