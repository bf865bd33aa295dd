package dossier.build;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param source  the dossier folder (holding content/, maybe templates/ and assets/)
 * @param output  where the site goes; replaced only by a complete build
 * @param theme   the folder whose templates/ and assets/ serve dossiers that have none
 * @param baseUrl the public address given on the command line, over jbake.properties' one; null if none
 * @param strict  fail, rather than warn, when the build would drop an address the previous one published
 * @param drafts  publish sources and pages marked {@code status: draft} too (serve --drafts)
 */
public record BuildOptions(Path source, Path output, Path theme, String baseUrl, boolean strict, boolean drafts) {

    public BuildOptions(Path source, Path output, Path theme) {
        this(source, output, theme, null, false);
    }

    public BuildOptions(Path source, Path output, Path theme, String baseUrl) {
        this(source, output, theme, baseUrl, false);
    }

    public BuildOptions(Path source, Path output, Path theme, String baseUrl, boolean strict) {
        this(source, output, theme, baseUrl, strict, false);
    }
}
