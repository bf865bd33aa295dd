package dossier.annotation.notes;

import dossier.model.Document;
import dossier.model.Names;
import dossier.reading.SourceException;
import dossier.reading.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads editors' notes: Markdown files in content/notes/ (read from disk with the dossier's files), each with a front matter naming the document
 * (by page name or UN symbol) and, optionally, the paragraph it annotates. A note that names a
 * document or paragraph the dossier lacks stops the build with the note's file and line.
 */
public final class NoteReader {

    public static final String FOLDER = "notes";
    private static final Set<String> KEYS = Set.of("document", "paragraph", "title");

    private NoteReader() {
    }

    /** Every note, in the order given; every note is read before any problem is reported, so the editor sees them all at once. */
    public static List<Note> readAll(List<SourceText> notes, List<Document> documents) {
        List<Note> read = new ArrayList<>();
        List<SourceException> problems = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (SourceText source : notes) {
            try {
                Note note = parse(source, documents);
                Path other = ids.putIfAbsent(note.id(), source.file());
                if (other != null) {
                    // "A.md" and "a.md": one anchor on the page, so a link to one would land on the other.
                    throw new SourceException(source.file(), 1, "same anchor '" + note.id() + "' as " + other + "; rename one of them");
                }
                read.add(note);
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw SourceException.all(problems);
        }
        return read;
    }

    static Note parse(SourceText source, List<Document> documents) {
        Map<String, Object> header = source.header();
        for (String key : header.keySet()) {
            if (!KEYS.contains(key)) {
                throw error(source, key, "unknown key '" + key + "' in a note (known: document, paragraph, title)");
            }
        }
        String named = text(header, "document");
        if (named.isEmpty()) {
            throw new SourceException(source.file(), 1, "a note needs a front matter naming its document, e.g.\n"
                    + "---\ndocument: S/2012/894\nparagraph: para-12\ntitle: …\n---");
        }
        Map<String, Document> bySlug = documents.stream().collect(Collectors.toMap(Document::slug, Function.identity()));
        Document document = bySlug.containsKey(named) ? bySlug.get(named) : documents.stream()
                .filter(d -> d.metadata().symbol().equalsIgnoreCase(named)).findFirst()
                .orElseThrow(() -> error(source, "document", "no document '" + named + "' in this dossier (give its "
                        + "page name, e.g. " + documents.stream().map(Document::slug).findFirst().orElse("s-2012-894")
                        + ", or its UN symbol)"));
        String anchor = text(header, "paragraph");
        if (!anchor.isEmpty() && !document.anchors().contains(anchor)) {
            throw error(source, "paragraph", "document " + document.slug() + " has no paragraph '" + anchor + "' (it has "
                    + String.join(", ", document.anchors().stream().limit(6).toList()) + " …: copy one from the paragraph's link on its page)");
        }
        String name = source.file().getFileName().toString().replaceFirst("\\.md$", "");
        return new Note(source.file(), "note-" + Names.slug(name),
                document.slug(), anchor, text(header, "title"), String.join("\n", source.body()));
    }

    private static String text(Map<String, Object> header, String key) {
        Object value = header.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static SourceException error(SourceText source, String key, String problem) {
        return new SourceException(source.file(), source.headerLines().getOrDefault(key, 1), problem);
    }
}
