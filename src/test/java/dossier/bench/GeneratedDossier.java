package dossier.bench;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.RunFixture;
import dossier.corpus.RealTexts;
import java.nio.file.Path;
import java.util.List;

/**
 * A dossier of a few hundred documents made from the real texts ({@link BenchDossier}), built once for
 * the tests of a run that read it, and shared by the run's test JVMs ({@link RunFixture}).
 *
 * @param options the build's options: its source dossier and its output, the site
 */
public record GeneratedDossier(BuildOptions options) {

    public static final int DOCUMENTS = 300;
    private static GeneratedDossier built;

    public static synchronized GeneratedDossier get() {
        if (built == null) {
            Path folder = RunFixture.made("generated-dossier", made -> {
                BenchDossier.from(List.of(RealTexts.SOURCES, RealTexts.CORPUS)).writeDossier(made.resolve("dossier"), DOCUMENTS);
                Pipeline.build(options(made));
            });
            built = new GeneratedDossier(options(folder));
        }
        return built;
    }

    private static BuildOptions options(Path folder) {
        return new BuildOptions(folder.resolve("dossier"), folder.resolve("out"), Path.of("."));
    }

    public Path site() {
        return options.output();
    }
}
