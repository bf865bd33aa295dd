package dossier.build;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param source the dossier folder (holding content/, maybe templates/ and assets/)
 * @param output where the site goes; replaced only by a complete build
 * @param theme  the folder whose templates/ and assets/ serve dossiers that have none
 * @param strict fail, rather than warn, when the build would drop an address the previous one published
 */
public record BuildOptions(Path source, Path output, Path theme, boolean strict) {

    public BuildOptions(Path source, Path output, Path theme) {
        this(source, output, theme, false);
    }
}
