package dossier.model;

/** What a UN document symbol says of its issuing body: the series it belongs to. */
public final class SymbolSeries {

    private SymbolSeries() {
    }

    /** "S/2012/894" → "Security Council"; empty when the series is not one of the principal organs'. */
    public static String bodyOf(String symbol) {
        if (symbol.startsWith("S/")) {
            return "Security Council";
        }
        if (symbol.startsWith("A/HRC/")) {
            return "Human Rights Council";
        }
        if (symbol.startsWith("A/")) {
            return "General Assembly";
        }
        if (symbol.startsWith("E/")) {
            return "Economic and Social Council";
        }
        if (symbol.startsWith("ST/")) {
            return "Secretariat";
        }
        return "";
    }
}
