package dossier.cli;

import dossier.build.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that build: where the dossier is and where the site goes. */
final class SourceOptions {

    /** The launcher script sets this to the project folder, whose templates/ and assets/ are the theme. */
    static final String HOME_PROPERTY = "dossier.home";

    @Option(names = "--source", paramLabel = "DIR", description = "Dossier folder holding content/ (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written (default: SOURCE/output).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "The site's public address, e.g. https://example.org/mali/"
            + " (default: dossier.base_url in jbake.properties; none: an offline site, with no absolute address of its own).")
    String baseUrl;

    @Option(names = {"-v", "--verbose"}, description = "Say what each stage does.")
    boolean verbose;

    @Option(names = "--strict", description = "Fail, rather than warn, when a page or paragraph address the previous build published would disappear.")
    boolean strict;

    BuildOptions toBuildOptions() {
        return toBuildOptions(false);
    }

    BuildOptions toBuildOptions(boolean drafts) {
        if (verbose) {
            Logging.verbose();
        }
        Path theme = Path.of(System.getProperty(HOME_PROPERTY, "."));
        return new BuildOptions(source, output != null ? output : source.resolve("output"), theme, baseUrl, strict, drafts);
    }
}
