package dossier.reading;

import java.util.regex.Pattern;

/**
 * The lines of a UN document's first-page masthead: "United Nations", the symbol, the organ,
 * "Distr.: General", the date, "Original: English", the session and agenda item, "Resolution adopted
 * by …". Extraction often puts two of them on one line, separated by wide spaces.
 */
final class CoverLines {

    private static final Pattern CELL = Pattern.compile(String.join("|",
            "United Nations",
            "[A-Z]{1,5}(?:/[A-Z0-9.]+)*/\\d{1,5}(?:/[A-Za-z0-9.]+)*",
            "(?:Security Council|General Assembly|Economic and Social Council|Human Rights Council|Trusteeship Council)",
            "Distr\\.:?.*",
            Markers.DATE_ALONE.pattern(),
            "Original:\\s*\\p{L}+",
            "(?:Arabic|Chinese|English|French|Russian|Spanish)",
            "[A-Z][a-z]+(?:-[a-z]+)? session",
            "(?:Agenda )?[Ii]tems? \\d+.*",
            "Resolution adopted by the .+",
            "Resolution \\d{1,5} \\(\\d{4}\\)"));

    private CoverLines() {
    }

    static boolean isCoverLine(String line) {
        for (String cell : line.strip().split("\\s{2,}")) {
            if (!CELL.matcher(cell).matches()) {
                return false;
            }
        }
        return !line.isBlank();
    }
}
