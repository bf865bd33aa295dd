package dossier.publishing;

import dossier.reading.SourceBytes;
import dossier.reading.SourceException;
import dossier.reading.SourceHeader;
import dossier.reading.SourceText;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An editorial page (Markdown in content/) as JBake gets it: always with a JBake header, whatever the
 * editor wrote. YAML front matter is turned into JBake's form, a page with no header gets its first
 * heading (or its file name) as title, and every page is baked as type=page, status=published, so none
 * vanishes without a word. A type other than page, or a status other than published or draft, is refused
 * with the file and line; a draft is published only when asked ({@code serve --drafts}).
 *
 * @param file   the editor's file
 * @param header the header's values, one line each, with title, type and status settled
 * @param body   the Markdown after the header
 * @param draft  whether the editor marked it {@code status=draft}
 */
public record EditorialPage(Path file, Map<String, String> header, String body, boolean draft) {

    /** The deepest Markdown nesting read (quotes and list levels): the renderer recurses once per level. */
    public static final int MAX_NESTING = 100;
    private static final String PAGE = "page";
    private static final String PUBLISHED = "published";

    public static EditorialPage read(Path file) {
        List<String> lines = SourceBytes.read(file).lines();
        requireShallow(file, lines);
        SourceText source = SourceHeader.split(file, lines);
        Map<String, String> header = new LinkedHashMap<>();
        source.header().forEach((key, value) -> header.put(key, oneLine(value)));
        String type = header.getOrDefault("type", PAGE).strip().toLowerCase(Locale.ROOT);
        if (!type.equals(PAGE)) {
            throw new SourceException(file, source.headerLines().getOrDefault("type", 1), "type '" + type
                    + "': dossier bakes editorial pages only; write type=page (a UN document goes in content/documents/ as .txt)");
        }
        String status = header.getOrDefault("status", PUBLISHED).strip().toLowerCase(Locale.ROOT);
        if (!status.equals(PUBLISHED) && !isDraft(status)) {
            throw new SourceException(file, source.headerLines().getOrDefault("status", 1), "status '" + status
                    + "': write status=published, or status=draft to keep the page out of the site");
        }
        if (header.getOrDefault("title", "").isBlank()) {
            header.put("title", firstHeading(source).orElse(file.getFileName().toString().replaceFirst("\\.[^.]*$", "")));
        }
        header.put("type", PAGE);
        header.put("status", PUBLISHED);
        return new EditorialPage(file, header, String.join("\n", source.body()), isDraft(status));
    }

    /**
     * Refuses Markdown nested more deeply than {@link #MAX_NESTING} levels, counted on each line as its
     * quote marks ("> > >") and its indentation (two spaces a list level).
     */
    public static void requireShallow(Path file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int depth = 0;
            int spaces = 0;
            for (int c = 0; c < line.length() && " \t>".indexOf(line.charAt(c)) >= 0; c++) {
                char ch = line.charAt(c);
                depth += ch == '>' ? 1 : 0;
                spaces += ch == '\t' ? 4 : ch == ' ' ? 1 : 0;
            }
            if (depth + spaces / 2 > MAX_NESTING) {
                throw new SourceException(file, i + 1, "nested too deeply (" + (depth + spaces / 2) + " levels of quotes or lists;"
                        + " the limit is " + MAX_NESTING + ")");
            }
        }
    }

    /** Whether a header's status value marks a draft, in a page or a UN source alike. */
    public static boolean isDraft(Object status) {
        return status != null && String.valueOf(status).strip().equalsIgnoreCase("draft");
    }

    /** The page in JBake's own form: key=value lines, the ~~~~~~ line, the Markdown. */
    public String jbakeText() {
        return header.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"))
                + "\n~~~~~~\n" + body + "\n";
    }

    /** A header value on one line: JBake's header has no other form. */
    private static String oneLine(Object value) {
        String text = value instanceof Collection<?> many
                ? many.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
        return text.replaceAll("\\s+", " ").strip();
    }

    private static java.util.Optional<String> firstHeading(SourceText source) {
        return source.body().stream().filter(line -> line.startsWith("# ")).map(line -> line.substring(2).strip())
                .filter(title -> !title.isEmpty()).findFirst();
    }
}
