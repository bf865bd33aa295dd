package dossier.publishing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a dossier's parts are. A dossier folder needs only content/; templates/ and assets/ it lacks
 * come from the theme (dossier's own), so an editor can start from a folder of text files.
 */
public record SiteSources(Path root, Path content, Path templates, Path assets) {

    public static SiteSources resolve(Path dossierRoot, Path theme) {
        Path root = dossierRoot.toAbsolutePath().normalize();
        return new SiteSources(root, root.resolve("content"),
                ownOrTheme(root, theme, "templates"), ownOrTheme(root, theme, "assets"));
    }

    private static Path ownOrTheme(Path root, Path theme, String folder) {
        Path own = root.resolve(folder);
        return Files.isDirectory(own) ? own : theme.toAbsolutePath().normalize().resolve(folder);
    }
}
