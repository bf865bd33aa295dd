package dossier.publishing.epub;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What the book says about itself, from the dossier's settings.
 *
 * @param title  the dossier's title
 * @param editor the editor as jbake.properties names them ({@code dossier.editor}), or empty
 * @param name   the dossier's file-safe name: the book's file and its identifier come from it
 */
public record BookMetadata(String title, String editor, String name) {

    public BookMetadata {
        editor = editor == null ? "" : editor.strip();
    }

    /** A name-based UUID: the same dossier keeps one identifier from build to build, as readers expect. */
    String identifier() {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("dossier:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The book's file in the site's root folder. */
    public String fileName() {
        return name + ".epub";
    }
}
