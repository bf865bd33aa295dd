package dossier.bench;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import dossier.model.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times an edit in {@code ./dossier serve}, end to end: serves a copy of a dossier, then again and again
 * rewrites one source (the middle one by page name) with a new word in its first long line, and asks for
 * its page over HTTP every 5 ms until the word is served. With {@code --cite} each edit instead makes that
 * line cite another document of the dossier, a different one each time, and asks for the cited page until
 * its "Cited by" names the citing page. Prints each time, the median, the CPU time serve used from the save
 * until the page was served (the share of the cores an edit takes, whatever the machine's load), and serve's
 * resident memory after every edit, and the heap that is live after a full collection once the warm-up is done and
 * after the last edit: what serve keeps from one rebuild to the next, which the resident memory hides (the JVM keeps
 * heap it once needed). Not a test: run it by hand (see README, "Benchmarks") and write the figures down.
 *
 * <p>Arguments: {@code [--cite] [EDITS] [DOSSIER]}: EDITS timed edits (default 10) after 5 that warm both
 * JVMs up (serve's and this one's HTTP client); DOSSIER a dossier folder (default: the real one, here),
 * e.g. one {@code BuildBenchmark generate} wrote.
 */
public final class ServeBenchmark {

    private static final int PORT = 8931;
    private static final int WARM_UP = 5;

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = new ArrayList<>(List.of(args));
        boolean cite = given.remove("--cite");
        int edits = given.size() > 0 ? Integer.parseInt(given.get(0)) : 10;
        Path from = given.size() > 1 ? Path.of(given.get(1)) : Path.of(".");
        Path dossier = Files.createTempDirectory("dossier-serve-bench");
        SmallDossier.copyTree(from.resolve("content"), dossier.resolve("content"));
        if (Files.exists(from.resolve("jbake.properties"))) {
            Files.copy(from.resolve("jbake.properties"), dossier.resolve("jbake.properties"));
        }
        List<Document> documents = Pipeline.read(new BuildOptions(dossier, dossier.resolve("output"), Path.of(".")))
                .stream().sorted(Comparator.comparing(Document::slug)).toList();
        Document edited = documents.get(documents.size() / 2);
        List<Document> citable = documents.stream().filter(d -> d != edited && !d.metadata().symbol().isEmpty()).toList();
        Path source = sourceOf(dossier, edited);
        List<String> original = Files.readAllLines(source);
        int line = firstLongLine(original);
        System.out.printf("%d documents; editing %s line %d%s; load average before: %s%n", documents.size(), source.getFileName(),
                line + 1, cite ? ", citing another document each time" : "", Files.readString(Path.of("/proc/loadavg")).strip());
        Process serve = new ProcessBuilder("./dossier", "serve", "--source", dossier.toString(), "--port", String.valueOf(PORT))
                .redirectErrorStream(true).start();
        try {
            awaitServing(serve);
            List<Double> times = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (int i = 0; i < edits + WARM_UP; i++) {
                Thread.sleep(1000);
                String word = "Zqvedit" + i + "x";
                Document cited = citable.get(i * 7 % citable.size());
                String page = "/documents/" + (cite ? cited.slug() : edited.slug()) + ".html";
                String awaited = cite ? edited.slug() + ".html" : word;
                if (cite && served(page).contains(awaited)) {
                    continue;
                }
                List<String> lines = new ArrayList<>(original);
                lines.set(line, cite ? lines.get(line).replaceFirst(" ", " (see document " + cited.metadata().symbol() + ") ")
                        : lines.get(line).replaceFirst(" ", " " + word + " "));
                long cpuBefore = cpuMillis(serve);
                long start = System.nanoTime();
                Files.write(source, lines);
                while (!served(page).contains(awaited)) {
                    Thread.sleep(5);
                }
                double millis = (System.nanoTime() - start) / 1e6;
                long cpu = cpuMillis(serve) - cpuBefore;
                System.out.printf(Locale.ROOT, "edit %d: %.0f ms%s; serve's CPU meanwhile %d ms; serve's resident memory %d MB%n", i, millis,
                        i < WARM_UP ? " (warm-up)" : "", cpu, residentMb(serve));
                if (i == WARM_UP - 1) {
                    System.out.printf("live heap after the warm-up: %d MB%n", liveHeapMb(serve));
                }
                if (i >= WARM_UP) {
                    times.add(millis);
                    cpus.add((double) cpu);
                }
            }
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "median of %d edits: %.0f ms (%.0f–%.0f), serve's CPU until shown %.0f ms (median);"
                            + " load average after: %s%n", sorted.size(), sorted.get(sorted.size() / 2), sorted.get(0),
                    sorted.get(sorted.size() - 1), cpus.stream().sorted().toList().get(cpus.size() / 2),
                    Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.printf("live heap after the last edit: %d MB%n", liveHeapMb(serve));
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static Path sourceOf(Path dossier, Document document) throws IOException {
        try (Stream<Path> files = Files.list(dossier.resolve("content/documents"))) {
            return files.filter(f -> Document.slugOf(f.getFileName().toString()).equals(document.slug())).findFirst().orElseThrow();
        }
    }

    /** The first line of the text, after its header, with ten words or more: a line of a paragraph. */
    private static int firstLongLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).contains(":") && lines.get(i).strip().split("\\s+").length >= 10) {
                return i;
            }
        }
        throw new IllegalStateException("no line of ten words");
    }

    /** The resident memory of serve's JVM (the launcher execs it: same process), from /proc. */
    private static long residentMb(Process serve) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + serve.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** The heap serve's objects fill after a full collection, by the JDK's {@code jcmd} (a histogram counts live objects only). */
    private static long liveHeapMb(Process serve) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process histogram = new ProcessBuilder(jcmd.toString(), String.valueOf(serve.pid()), "GC.class_histogram").start();
        String total = new String(histogram.getInputStream().readAllBytes()).lines().filter(l -> l.startsWith("Total"))
                .findFirst().orElseThrow(() -> new IllegalStateException("jcmd gave no histogram of serve's heap"));
        histogram.waitFor();
        return Long.parseLong(total.trim().split("\\s+")[2]) / (1024 * 1024);
    }

    /** The CPU time serve's JVM has used (user and system, every thread), from /proc; clock ticks of 10 ms. */
    private static long cpuMillis(Process serve) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + serve.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** The page as served; a plain connection, as light a client as can be (it shares the cores with serve). */
    private static String served(String page) throws IOException {
        URL url = URI.create("http://127.0.0.1:" + PORT + page).toURL();
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Reads serve's output until it says it is serving (after its first build). */
    private static void awaitServing(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Serving")) {
                // Keep reading serve's output, so that it never blocks on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("dossier serve ended before serving");
    }

}
