package dossier.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * UN document symbols and the bodies that issue documents: the shape of a symbol as a document prints it
 * and as a text cites it, the bodies' names, and what a symbol's series says of its body.
 */
public final class SymbolSeries {

    public static final String SECURITY_COUNCIL = "Security Council";
    public static final String GENERAL_ASSEMBLY = "General Assembly";
    public static final String HUMAN_RIGHTS_COUNCIL = "Human Rights Council";
    public static final String ECONOMIC_AND_SOCIAL_COUNCIL = "Economic and Social Council";
    public static final String SECRETARIAT = "Secretariat";
    /** The bodies a symbol's series names, in the order lists of documents give them (the citations page). */
    public static final List<String> BODIES = List.of(SECURITY_COUNCIL, GENERAL_ASSEMBLY, HUMAN_RIGHTS_COUNCIL,
            ECONOMIC_AND_SOCIAL_COUNCIL, SECRETARIAT);

    /**
     * A symbol as a document prints it on its cover or running head: "S/2012/894", "A/HRC/RES/34/39",
     * "S/1994/1212/Add.1". Its parts are bounded (no symbol has more than a few) so that matching never
     * recurses deeper than that, whatever the line it is tried on.
     */
    public static final String PRINTED = "[A-Z]{1,5}(?:/[A-Z0-9.]+){0,8}/\\d{1,5}(?:/[A-Za-z0-9.]+){0,8}";

    /** The series a symbol cited in a text starts with: principal organs, Secretariat, treaty bodies. */
    private static final String CITED_SERIES = "A|S|E|ST|TD|DP|UNEP|HRI|CCPR|CERD|CAT|CRC|CEDAW|CMW|CRPD|CED";
    private static final String NUMBER_PART = "\\d+(?:\\s?\\((?:\\d{4}|[IVXLC]+)\\))?";
    private static final String NAME_PART = "[A-Z][A-Za-z]*(?:\\.\\d+)?";
    /**
     * A symbol as a text cites it, where a space may stand before a year ("S/RES/2071 (2012)"): the letters
     * of a series, then parts, not inside a longer word or path.
     */
    public static final Pattern CITED = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.])(?:" + CITED_SERIES + ")(?:/(?:" + NUMBER_PART + "|" + NAME_PART + "))+(?![\\p{L}\\p{N}/])");

    private SymbolSeries() {
    }

    /** "S/2012/894" → "Security Council"; empty when the series is not one of the principal organs'. */
    public static String bodyOf(String symbol) {
        if (symbol.startsWith("S/")) {
            return SECURITY_COUNCIL;
        }
        if (symbol.startsWith("A/HRC/")) {
            return HUMAN_RIGHTS_COUNCIL;
        }
        if (symbol.startsWith("A/")) {
            return GENERAL_ASSEMBLY;
        }
        if (symbol.startsWith("E/")) {
            return ECONOMIC_AND_SOCIAL_COUNCIL;
        }
        if (symbol.startsWith("ST/")) {
            return SECRETARIAT;
        }
        return "";
    }
}
