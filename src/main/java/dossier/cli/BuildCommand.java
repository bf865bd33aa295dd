package dossier.cli;

import dossier.build.BuildSummary;
import dossier.build.Pipeline;
import dossier.build.Progress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** dossier build: bakes content/ into output/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. On failure the previous output is left as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions options;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (quiet) {
            Logging.errorsOnly();
        }
        // Progress goes to stderr, so that a pipe reading the summary gets only the summary.
        Progress progress = quiet ? Progress.SILENT : Progress.on(System.err, System.console() != null);
        BuildSummary summary = Pipeline.build(options.toBuildOptions(), progress);
        if (quiet) {
            return 0;
        }
        spec.commandLine().getOut().println(summary.oneLine());
        spec.commandLine().getOut().println("  " + summary.stageLine());
        if (options.verbose) {
            CheckReport.printSummary(summary.documents(), spec.commandLine().getOut());
        }
        return 0;
    }
}
