package dossier.bench;

import dossier.build.BuildOptions;
import dossier.build.BuildSummary;
import dossier.build.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times whole builds of a dossier made of N copies of the real sources, so that speed is measured, not
 * guessed. Not a test: run it by hand (see README, "Benchmarks") and write the figures down.
 *
 * <p>Arguments: the numbers of documents to try (default 5 50 250).
 */
public final class BuildBenchmark {

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0 ? List.of(5, 50, 250) : Stream.of(args).map(Integer::valueOf).toList();
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("content/documents"))) {
            sources = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        System.out.println("documents  first build (s)  rebuild (s)  output (MB)  heap used (MB)");
        for (int size : sizes) {
            Path dossier = Files.createTempDirectory("dossier-bench");
            Path documents = Files.createDirectories(dossier.resolve("content/documents"));
            for (int i = 0; i < size; i++) {
                Path source = sources.get(i % sources.size());
                Files.copy(source, documents.resolve("copy-" + i + "-" + source.getFileName()));
            }
            BuildOptions options = new BuildOptions(dossier, dossier.resolve("output"), Path.of("."));
            BuildSummary first = Pipeline.build(options);
            BuildSummary again = Pipeline.build(options);
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%9d  %15.2f  %11.2f  %11.1f  %14d%n", first.documents().size(), first.seconds(),
                    again.seconds(), sizeOf(options.output()) / 1e6, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
