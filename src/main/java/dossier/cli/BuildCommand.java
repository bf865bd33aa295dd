package dossier.cli;

import dossier.build.BuildSummary;
import dossier.build.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** dossier build: bakes content/ into output/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. On failure the previous output is left as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildSummary summary = Pipeline.build(options.toBuildOptions());
        spec.commandLine().getOut().println(summary.oneLine());
        if (options.verbose) {
            Reports.print(summary.documents(), spec.commandLine().getOut());
        }
        return 0;
    }
}
