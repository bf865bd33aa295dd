package dossier.bench;

import dossier.build.BuildSummary;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import dossier.reading.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Times whole builds of a small dossier plus one hostile source, at 1×, 10× and 100× its size, and prints
 * each stage's time, so that growth that is not linear shows (100× the input should take about 100× the
 * time of the stage, not 10,000×). The sizes at 100× are those that took a minute or more before: 40,000
 * lines of "1.", 20,000 dates in one paragraph, a paragraph of 120 KB, 45,000 symbols. Not a test: run it
 * by hand (README, "When a source is bad") and write the figures down.
 *
 * <p>Arguments: {@code [CASE …]} among numbers, dates, paragraph, symbols (default all).
 */
public final class HostileInputBenchmark {

    private record Case(String name, IntFunction<String> text, int base) {
    }

    private static final Case[] CASES = {
        new Case("numbers", n -> "1.\n".repeat(n), 400),
        new Case("dates", n -> "on 3 May 2021,\n".repeat(n), 200),
        new Case("paragraph", n -> "word and more words\n".repeat(n), 60),
        new Case("symbols", n -> "S/2012/894\n\n".repeat(n), 450),
    };

    private HostileInputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("dossier-hostile-bench-");
        SmallDossier.writeInto(root);
        // Warm up the JVM and JBake's store on the plain dossier first.
        Pipeline.build(SmallDossier.options(root));
        for (Case c : CASES) {
            if (args.length > 0 && !java.util.List.of(args).contains(c.name())) {
                continue;
            }
            for (int scale : new int[] {1, 10, 100}) {
                int n = c.base() * scale;
                SmallDossier.write(root.resolve("content/documents/hostile.txt"), "S/2099/1\n\nTitle of a hostile source\n\n" + c.text().apply(n));
                long start = System.nanoTime();
                String stages;
                try {
                    BuildSummary summary = Pipeline.build(SmallDossier.options(root));
                    stages = summary.stageLine();
                } catch (SourceException e) {
                    stages = "refused: " + e.getMessage();
                }
                System.out.printf(Locale.ROOT, "%-9s %4d× (n=%7d) %7.2f s  %s%n", c.name(), scale, n, (System.nanoTime() - start) / 1e9, stages);
            }
        }
    }
}
