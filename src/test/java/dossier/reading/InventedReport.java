package dossier.reading;

import dossier.model.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small invented sources of the reading tests, read as one file would be, and the report they mostly are: a title
 * and a first numbered paragraph, then the case at hand.
 */
final class InventedReport {

    static final String TITLE = "Report of the Secretary-General on the Freedonia mission";
    static final String FIRST_PARAGRAPH = "1. The mission is deployed in three sectors.";

    private InventedReport() {
    }

    static Document read(String... lines) {
        return read(List.of(lines));
    }

    static Document read(List<String> lines) {
        return SourceFiles.read(Path.of("s-2001-999.txt"), lines);
    }

    /** The report's title and first paragraph, then {@code lines}. */
    static Document afterTheOpening(String... lines) {
        return read(Stream.concat(Stream.of(TITLE, "", FIRST_PARAGRAPH), Stream.of(lines)).toList());
    }
}
