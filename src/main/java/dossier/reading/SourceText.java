package dossier.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A source file split into its optional header and its body.
 *
 * @param file      where it came from, for messages
 * @param header    header values as written by the editor (JBake key=value or YAML front matter)
 * @param body      the body's lines, exactly as in the file
 * @param headerLines the 1-based file line of each header key, for messages
 * @param firstLine the 1-based line number of the body's first line in the file
 */
public record SourceText(Path file, Map<String, Object> header, Map<String, Integer> headerLines,
                         List<String> body, int firstLine) {

    public SourceText {
        header = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(header));
        headerLines = Map.copyOf(headerLines);
        body = List.copyOf(body);
    }
}
