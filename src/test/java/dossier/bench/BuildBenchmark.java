package dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times cold builds (each in a fresh JVM started by the launcher, under /usr/bin/time for CPU time and the
 * peak resident memory) of dossiers
 * of N documents made from real UN texts ({@link BenchDossier}), and Hugo's build of the same texts in
 * the same run; then the real dossier. Prints medians of several runs. Not a test: run it by hand (see
 * README, "Benchmarks") and write the figures down.
 *
 * <p>After each size, what a reader receives: the heaviest pages of the site built, with the scripts and
 * styles they load ({@link PageWeight}).
 *
 * <p>Arguments: {@code [--runs R] [N …]} (default 3 runs of 1000 and 2000 documents), or
 * {@code generate N DIR} to write one such dossier (DIR/dossier) and its Hugo twin (DIR/hugo), e.g. to
 * profile a build, or {@code pages SITE} to weigh the pages of a site already built.
 */
public final class BuildBenchmark {

    private static final Pattern ELAPSED = Pattern.compile("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): (\\d+(?:\\.\\d+)?)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): (\\d+(?:\\.\\d+)?)");

    /** One timed run: wall-clock seconds, CPU seconds (user + system, all threads) and peak resident memory. */
    record Run(double seconds, double cpu, long rssKb) {
    }

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Path> texts = List.of(Path.of("content/documents"), Path.of("../shared/corpus/ga-80"));
        if (args.length == 3 && args[0].equals("generate")) {
            BenchDossier bench = BenchDossier.from(texts);
            Path dir = Path.of(args[2]);
            bench.writeDossier(dir.resolve("dossier"), Integer.parseInt(args[1]));
            bench.writeHugo(dir.resolve("hugo"), Integer.parseInt(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("pages")) {
            readers(Path.of(args[1]));
            return;
        }
        int runs = 3;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.valueOf(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 2000);
        }
        BenchDossier bench = BenchDossier.from(texts);
        System.out.printf("%d runs each, median; cold = a fresh JVM per build (./dossier build); load average before: %s%n",
                runs, Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println("documents  dossier (s)  dossier CPU (s)  peak RSS (MB)  hugo (s)  hugo CPU (s)  ratio");
        for (int size : sizes) {
            Path dir = Files.createTempDirectory("dossier-bench");
            Path dossier = dir.resolve("dossier");
            Path hugo = dir.resolve("hugo");
            bench.writeDossier(dossier, size);
            bench.writeHugo(hugo, size);
            List<Run> ours = new ArrayList<>();
            List<Run> theirs = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                ours.add(time(dossierBuild(dossier)));
                theirs.add(time(List.of("hugo", "--quiet", "-s", hugo.toString(), "-d", dir.resolve("hugo-public").toString())));
            }
            Run d = median(ours);
            Run h = median(theirs);
            System.out.printf(Locale.ROOT, "%9d  %11.2f  %15.2f  %13d  %8.2f  %12.2f  %5.1f%n", size, d.seconds(), d.cpu(),
                    d.rssKb() >> 10, h.seconds(), h.cpu(), d.seconds() / h.seconds());
            readers(dossier.resolve("output"));
        }
        List<Run> real = new ArrayList<>();
        Path realOutput = Files.createTempDirectory("dossier-bench-real");
        for (int r = 0; r < runs; r++) {
            real.add(time(List.of(LAUNCHER, "build", "--quiet", "--source", ".", "--output", realOutput.resolve("output").toString())));
        }
        Run d = median(real);
        System.out.printf(Locale.ROOT, "real dossier (content/): %.2f s cold, %.2f s CPU, peak RSS %d MB; load average after: %s%n",
                d.seconds(), d.cpu(), d.rssKb() >> 10, Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** What a reader receives: the site's page count, those over the budget, and the heaviest, with their scripts and styles. */
    private static void readers(Path site) {
        List<PageWeight.Weighed> pages = PageWeight.heaviest(site);
        long over = pages.stream().filter(p -> p.withAssets() > PageWeight.BUDGET).count();
        System.out.printf(Locale.ROOT, "  readers: %d pages, %d over %d KB with their scripts and styles; the heaviest:%n", pages.size(), over,
                PageWeight.BUDGET >> 10);
        pages.stream().limit(5).forEach(p -> System.out.printf(Locale.ROOT, "    %-44s %8.1f KB (the page alone %.1f KB)%n", p.file(),
                p.withAssets() / 1024.0, p.bytes() / 1024.0));
        // Of each kind: its folder ("documents/", "pages/") or the first word of its name ("timeline", "subjects").
        Map<String, List<PageWeight.Weighed>> kinds = pages.stream().collect(Collectors.groupingBy(
                p -> p.file().contains("/") ? p.file().replaceAll("/.*", "/") : p.file().replaceAll("[-.].*", ""), TreeMap::new, Collectors.toList()));
        System.out.printf(Locale.ROOT, "  the heaviest of each kind (pages of the kind):%n");
        kinds.forEach((kind, weighed) -> System.out.printf(Locale.ROOT, "    %-12s %-44s %8.1f KB (%d)%n", kind, weighed.get(0).file(),
                weighed.get(0).withAssets() / 1024.0, weighed.size()));
    }

    /** The launcher a user runs, so the benchmark times the same JVM and options. */
    private static final String LAUNCHER = "./dossier";

    private static List<String> dossierBuild(Path dossier) {
        return List.of(LAUNCHER, "build", "--quiet", "--source", dossier.toString());
    }

    /** Runs {@code command} under /usr/bin/time -v; fails on a non-zero exit. */
    static Run time(List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("bench-time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", report.toString()));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + String.join(" ", command));
        }
        String text = Files.readString(report, StandardCharsets.UTF_8);
        Files.delete(report);
        Matcher elapsed = ELAPSED.matcher(text);
        Matcher rss = RSS.matcher(text);
        Matcher user = USER.matcher(text);
        Matcher system = SYSTEM.matcher(text);
        if (!elapsed.find() || !rss.find() || !user.find() || !system.find()) {
            throw new IllegalStateException("unexpected /usr/bin/time output:\n" + text);
        }
        double seconds = (elapsed.group(1) == null ? 0 : Integer.parseInt(elapsed.group(1)) * 3600)
                + Integer.parseInt(elapsed.group(2)) * 60 + Double.parseDouble(elapsed.group(3));
        return new Run(seconds, Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1)), Long.parseLong(rss.group(1)));
    }

    /** The median time, with the highest peak memory of all the runs. */
    private static Run median(List<Run> runs) {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList();
        Run middle = sorted.get(sorted.size() / 2);
        return new Run(middle.seconds(), middle.cpu(), runs.stream().mapToLong(Run::rssKb).max().orElseThrow());
    }
}
