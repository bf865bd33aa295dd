package dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times an edit in {@code ./dossier serve}, end to end: serves a copy of the real dossier, then again and
 * again rewrites one source with a new word in it and asks for its page over HTTP every 5 ms until the
 * word is served. Prints each time and the median. Not a test: run it by hand (see README, "Incremental
 * rebuild") and write the figures down.
 *
 * <p>Arguments: {@code [EDITS]} (default 12), timed after 5 edits that warm both JVMs up (serve's and this one's HTTP client).
 */
public final class ServeBenchmark {

    private static final int PORT = 8931;
    private static final int WARM_UP = 5;
    private static final String SOURCE = "content/documents/s-2012-894.txt";
    private static final String PAGE = "/documents/s-2012-894.html";
    private static final String EDITED = "The report summarizes";

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        Path dossier = Files.createTempDirectory("dossier-serve-bench");
        copy(Path.of("content"), dossier.resolve("content"));
        Files.copy(Path.of("jbake.properties"), dossier.resolve("jbake.properties"));
        System.out.printf("load average before: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        Process serve = new ProcessBuilder("./dossier", "serve", "--source", dossier.toString(), "--port", String.valueOf(PORT))
                .redirectErrorStream(true).start();
        try {
            awaitServing(serve);
            Path source = dossier.resolve(SOURCE);
            String original = Files.readString(source);
            URL page = URI.create("http://127.0.0.1:" + PORT + PAGE).toURL();
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < edits + WARM_UP; i++) {
                Thread.sleep(1000);
                String word = "Zqvedit" + i + "x";
                long start = System.nanoTime();
                Files.writeString(source, original.replace(EDITED, "The report " + word + " summarizes"));
                while (!served(page).contains(word)) {
                    Thread.sleep(5);
                }
                double millis = (System.nanoTime() - start) / 1e6;
                System.out.printf(Locale.ROOT, "edit %d: %.0f ms%s%n", i, millis, i < WARM_UP ? " (warm-up)" : "");
                if (i >= WARM_UP) {
                    times.add(millis);
                }
            }
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "median of %d edits: %.0f ms (%.0f–%.0f); load average after: %s%n", sorted.size(),
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                    Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    /** The page as served; a plain connection, as light a client as can be (it shares the cores with serve). */
    private static String served(URL page) throws IOException {
        try (InputStream in = page.openStream()) {
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

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
