package dossier.bench;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.corpus.RealTexts;
import dossier.rendering.PageBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A dossier of a few hundred documents made from the real texts ({@link BenchDossier}), built once for
 * the tests of a run that read it, into a temporary folder removed when the JVM exits. Its page budget is
 * scaled to its size ({@link #BUDGET}), so that its pages made from the whole dossier split as those of a
 * dossier of thousands do under the default budget.
 *
 * @param options the build's options: its source dossier and its output, the site
 */
public record GeneratedDossier(BuildOptions options) {

    public static final int DOCUMENTS = 300;
    /** The default budget as if it were for 1000 documents, scaled to these: 150 KB. */
    public static final PageBudget BUDGET = new PageBudget(PageBudget.DEFAULT.kilobytes() * DOCUMENTS / 1000);
    private static GeneratedDossier built;

    public static synchronized GeneratedDossier get() {
        if (built == null) {
            try {
                Path folder = Files.createTempDirectory("dossier-generated-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
                Path source = folder.resolve("dossier");
                BenchDossier.from(List.of(RealTexts.SOURCES, RealTexts.CORPUS)).writeDossier(source, DOCUMENTS);
                Files.writeString(source.resolve("jbake.properties"), "dossier.page_budget=" + BUDGET.kilobytes() + "\n");
                BuildOptions options = new BuildOptions(source, folder.resolve("out"), Path.of("."));
                Pipeline.build(options);
                built = new GeneratedDossier(options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    public Path site() {
        return options.output();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder in the temp folder harms nothing
        }
    }
}
