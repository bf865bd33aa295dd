package dossier.reading;

import dossier.model.SymbolSeries;
import java.util.regex.Pattern;

/**
 * The lines of a UN document's first-page masthead: "United Nations", the symbol, the organ,
 * "Distr.: General", the date, "Original: English", the session and agenda item, "Resolution adopted
 * by …", "[on the report of the First Committee …]". Extraction often puts several of them on one line,
 * separated by wide spaces or by a single one.
 */
final class CoverLines {

    private static final Pattern CELL = Pattern.compile(String.join("|",
            "United Nations",
            "[ASs]|[AS]?(?:UNITED|NATIONS)+[AS]?",            // the logo's letter, the name printed twice beside it
            SymbolSeries.PRINTED + "\\**",
            "(?:Security Council|General Assembly|Economic and Social Council|Human Rights Council|Trusteeship Council)",
            "(?:SECURITY COUNCIL|GENERAL ASSEMBLY|Security|Council)",
            "Distr\\.:?.*",
            "GENERAL",
            Markers.DATE_ALONE.pattern(),
            "(?:Original|ORIGINAL):(?:\\s*\\p{L}+)?",
            "(?:Arabic|Chinese|English|French|Russian|Spanish|ARABIC|CHINESE|ENGLISH|FRENCH|RUSSIAN|SPANISH)",
            "[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)",
            "(?:Agenda )?[Ii]tems? \\d+.*",
            "Resolution adopted by the .+",
            "\\[(?:on the report of|without reference to) [^\\]]+]",
            "Resolution \\d{1,5} \\(\\d{4}\\)"));
    private static final Pattern CELLS = Pattern.compile("(?:" + CELL.pattern() + ")(?:\\s+(?:" + CELL.pattern() + "))*");

    private static final Pattern ORIGINAL_LAST = Pattern.compile("(?:Original|ORIGINAL):\\s*\\p{L}+\\s*$");

    private CoverLines() {
    }

    /** "Original: English", the masthead's last item: what comes next on a line of its own is not the masthead's. */
    static boolean endsMasthead(String line) {
        return ORIGINAL_LAST.matcher(line).find();
    }

    static boolean isCoverLine(String line) {
        return CELLS.matcher(Whitespace.single(line).strip()).matches();
    }
}
