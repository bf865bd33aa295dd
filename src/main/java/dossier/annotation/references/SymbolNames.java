package dossier.annotation.references;

import dossier.model.SymbolSeries;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a UN symbol says of its document, in words: "S/RES/2071(2012)" → "Security Council resolution 2071 (2012)". */
final class SymbolNames {

    private static final Pattern SC_RESOLUTION = Pattern.compile("S/RES/(\\d+)\\((\\d{4})\\)");
    private static final Pattern RESOLUTION = Pattern.compile("(A/HRC|A|E)/RES/(.+)");
    private static final Pattern PRESIDENTIAL_STATEMENT = Pattern.compile("S/PRST/(\\d{4})/(\\d+)");

    private SymbolNames() {
    }

    static String describe(String symbol) {
        Matcher sc = SC_RESOLUTION.matcher(symbol);
        if (sc.matches()) {
            return SymbolSeries.SECURITY_COUNCIL + " resolution " + sc.group(1) + " (" + sc.group(2) + ")";
        }
        Matcher resolution = RESOLUTION.matcher(symbol);
        if (resolution.matches()) {
            return SymbolSeries.bodyOf(symbol) + " resolution " + resolution.group(2).replace("(", " (");
        }
        if (PRESIDENTIAL_STATEMENT.matcher(symbol).matches()) {
            return "Statement by the President of the " + SymbolSeries.SECURITY_COUNCIL;
        }
        String body = SymbolSeries.bodyOf(symbol);
        return body.isEmpty() ? "United Nations document" : body + " document";
    }
}
