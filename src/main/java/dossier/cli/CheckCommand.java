package dossier.cli;

import dossier.annotation.index.IndexCandidates;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.publishing.SiteSources;
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
        List<Document> documents = Pipeline.read(options.toBuildOptions());
        CheckReport.print(documents, spec.commandLine().getOut());
        SiteSources sources = SiteSources.resolve(options.toBuildOptions().source(), options.toBuildOptions().theme());
        IndexCandidates.report(documents, sources.content()).forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
