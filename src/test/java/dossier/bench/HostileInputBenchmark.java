package dossier.bench;

import dossier.build.BuildSummary;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import dossier.reading.SourceException;
import dossier.cli.DossierCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Times whole builds of a small dossier plus one hostile source, at 1×, 10× and 100× its size, and prints
 * each stage's time, so that growth that is not linear shows (100× the input should take about 100× the
 * time of the stage, not 10,000×). The sizes at 100× are those that took a minute or more before: 40,000
 * lines of "1.", 20,000 dates in one paragraph, a paragraph of 120 KB, a file of symbols of 5 MB. Not a test: run it
 * by hand (README, "When a source is bad") and write the figures down.
 *
 * <p>After each build, {@code dossier check} on the same dossier (its index candidates and inferred years
 * read every paragraph again), timed apart.
 *
 * <p>Arguments: {@code [--scales 1,10,100] [CASE …]}, cases among numbers, dates, paragraph, symbols
 * (default all), e.g. {@code --scales 100 dates} for one build to profile.
 */
public final class HostileInputBenchmark {

    private record Case(String name, IntFunction<String> text, int base) {
    }

    private static final Case[] CASES = {
        new Case("numbers", n -> "1.\n".repeat(n), 400),
        // Dates with and without a year, in one sentence: the year of "4 May" is read from the words before it.
        new Case("dates", n -> "on 3 May 2021, on 4 May,\n".repeat(n), 200),
        // Capitalised names, which `dossier check` proposes for the index: 100× is a paragraph of 120 KB.
        new Case("paragraph", n -> "The Council met in Bamako and Gao\n".repeat(n), 35),
        // Paragraphs of 20 lines of symbols, one a document of the dossier, the others each different (a line
        // repeated as often would be read as a running head): 100× is a file of 5 MB.
        new Case("symbols", HostileInputBenchmark::symbols, 1000),
    };

    /** The hostile source's header: a dated document, so that days without a year are dated too. */
    private static final String HEADER = "---\nsymbol: S/2099/1\ntitle: A hostile source\ndate: 2021-06-30\n---\n";

    private HostileInputBenchmark() {
    }

    private static String symbols(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append(String.format(Locale.ROOT, "S/2021/400 S/2012/%d A/RES/67/%d S/RES/%d(2012)%n", i, i, i));
            if (i % 20 == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** CPU time of all the process's threads, in nanoseconds: on a shared machine it grows less than wall time. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws IOException {
        List<String> names = new ArrayList<>(List.of(args));
        int[] scales = {1, 10, 100};
        int option = names.indexOf("--scales");
        if (option >= 0) {
            scales = Arrays.stream(names.get(option + 1).split(",")).mapToInt(Integer::parseInt).toArray();
            names.subList(option, option + 2).clear();
        }
        Path root = Files.createTempDirectory("dossier-hostile-bench-");
        SmallDossier.writeInto(root);
        // Warm up the JVM and JBake's store on the plain dossier first.
        Pipeline.build(SmallDossier.options(root));
        for (Case c : CASES) {
            if (!names.isEmpty() && !names.contains(c.name())) {
                continue;
            }
            for (int scale : scales) {
                int n = c.base() * scale;
                SmallDossier.write(root.resolve("content/documents/hostile.txt"), HEADER + c.text().apply(n));
                long start = System.nanoTime();
                long cpu = cpu();
                String stages;
                try {
                    BuildSummary summary = Pipeline.build(SmallDossier.options(root));
                    stages = summary.stageLine();
                } catch (SourceException e) {
                    stages = "refused: " + e.getMessage();
                }
                double build = (System.nanoTime() - start) / 1e9;
                double buildCpu = (cpu() - cpu) / 1e9;
                start = System.nanoTime();
                cpu = cpu();
                int exit = DossierCommand.commandLine().setOut(new PrintWriter(Writer.nullWriter()))
                        .execute("check", "--source", root.toString());
                double check = (System.nanoTime() - start) / 1e9;
                double checkCpu = (cpu() - cpu) / 1e9;
                System.out.printf(Locale.ROOT, "%-9s %4d× (n=%7d) build %7.2f s (CPU %7.2f s)  check %7.2f s (CPU %7.2f s)%s  load %.2f%n    %s%n",
                        c.name(), scale, n, build, buildCpu, check, checkCpu, exit == 0 ? "" : " (exit " + exit + ")",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), stages);
            }
        }
    }
}
