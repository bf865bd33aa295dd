package dossier.rendering;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dossier.annotation.notes.Note;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** An editor's note as HTML: its Markdown rendered, then cleaned, for its aside and for the notes page. */
public final class NoteHtml {

    private static final Parser MARKDOWN;
    private static final HtmlRenderer HTML;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        MARKDOWN = Parser.builder(options).build();
        HTML = HtmlRenderer.builder(options).build();
    }

    private NoteHtml() {
    }

    /** Notes are the editor's words but still untrusted text: raw HTML is escaped, links limited to safe ones. */
    public static String of(Note note) {
        return Jsoup.clean(HTML.render(MARKDOWN.parse(note.markdown())), Safelist.basic());
    }

    /** The notes page's values (notes.ftlh): every note, its text as HTML. */
    public static Map<String, Object> page(List<Note> notes) {
        return Map.of("notes", notes.stream().map(n -> new Shown(n.id(), n.slug(), n.title(), of(n))).toList());
    }

    /** A note as the notes page shows it. */
    public record Shown(String id, String slug, String title, String html) {
    }
}
