package dossier.cli;

import dossier.annotation.index.IndexCandidates;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.publishing.SiteSources;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** dossier check: reads every source and reports what was found, without building. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads every source and reports, per document, paragraphs and headings found, words kept, "
                + "running heads removed, footnotes found and linked, numbering restarts, pages found, lines joined "
                + "across page breaks, tables found, pages read column by column, words rejoined, and anything unusual "
                + "(markers left unlinked, and why). Writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions build = options.toBuildOptions();
        PrintWriter out = spec.commandLine().getOut();
        List<Document> documents = Pipeline.read(build);
        CheckReport.print(documents, out);
        IndexCandidates.report(documents, SiteSources.resolve(build.source(), build.theme()).content()).forEach(out::println);
        out.flush();
        return 0;
    }
}
