package dossier.bench;

import dossier.browser.Browser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader receives from a dossier of N documents ({@link BenchDossier}, built cold by the launcher
 * under /usr/bin/time): the largest pages with the scripts and styles they load, and search from disk in
 * Chromium with its CPU slowed 4× (DevTools' Emulation.setCPUThrottlingRate, a mid-range phone): the time
 * from opening search.html?q=… to its first results, and the bytes of the index's parts a query read. Not
 * a test: run it by hand (see README, "Benchmarks").
 *
 * <p>Arguments: {@code N …} (default 1000), or {@code --site DIR} to measure a site already built.
 */
public final class ReaderBenchmark {

    /** What readers type: an acronym, a plural, a common word and a rare one, a prefix, a phrase, a symbol with a word. */
    private static final List<String> QUERIES = List.of("ECOWAS", "humanitarian crises", "Security Council", "Ouagadougou",
            "negot", "\"political process\"", "S/2012/894 ECOWAS");
    private static final int LOADS = 3;

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("--site")) {
            measure(Path.of(args[1]));
            return;
        }
        List<Integer> sizes = Stream.of(args).map(Integer::valueOf).toList();
        BenchDossier bench = BenchDossier.from(List.of(Path.of("content/documents"), Path.of("../shared/corpus/ga-80")));
        for (int size : sizes.isEmpty() ? List.of(1000) : sizes) {
            Path dossier = Files.createTempDirectory("dossier-readers").resolve("dossier");
            bench.writeDossier(dossier, size);
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            BuildBenchmark.Run build = BuildBenchmark.time(List.of("./dossier", "build", "--quiet", "--source", dossier.toString()));
            System.out.printf(Locale.ROOT, "%d documents: build %.1f s (CPU %.1f s), peak RSS %d MB; load average before: %s%n",
                    size, build.seconds(), build.cpu(), build.rssKb() >> 10, load);
            measure(dossier.resolve("output"));
        }
    }

    /**
     * The CPU time of the page's main thread since it opened (DevTools' ThreadTime, in seconds): what the page
     * cost beside the wall-clock time, which a loaded machine stretches (this varies with the load too, less).
     */
    private static double mainThreadSeconds(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) browser.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        return metrics.stream().filter(m -> m.get("name").equals("ThreadTime")).mapToDouble(m -> ((Number) m.get("value")).doubleValue())
                .findFirst().orElseThrow();
    }

    /** Search first: weighing every page of a large site takes minutes. */
    private static void measure(Path site) throws IOException {
        search(site);
        pages(site);
    }

    /** A page and what it loads from the site: its own bytes and those of its scripts and styles. */
    private record Page(String file, long bytes, long withAssets) {
    }

    private static void pages(Path site) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.add(page(site, file));
            }
        }
        pages.sort(Comparator.comparingLong(Page::withAssets).reversed());
        long over = pages.stream().filter(p -> p.withAssets() > PageWeight.BUDGET).count();
        System.out.printf(Locale.ROOT, "pages: %d, %d over %d KB with their scripts and styles; the largest:%n", pages.size(), over, PageWeight.BUDGET >> 10);
        pages.stream().limit(8).forEach(p -> System.out.printf(Locale.ROOT, "  %-40s %8.1f KB (page %.1f KB)%n", p.file(),
                p.withAssets() / 1024.0, p.bytes() / 1024.0));
    }

    private static Page page(Path site, Path file) throws IOException {
        return new Page(site.relativize(file).toString(), Files.size(file), PageWeight.withAssets(file));
    }

    /**
     * Each query opened afresh from disk, CPU slowed 4×: the time to its first results (the page shows the first
     * few as soon as their texts are loaded: mark search-first-results) and to all those shown at first (mark
     * search-results), medians of loads, and the index bytes read.
     */
    private static void search(Path site) throws IOException {
        long page = page(site, site.resolve("search.html")).withAssets();
        System.out.printf(Locale.ROOT, "search from disk, CPU slowed 4×: search.html with its scripts and styles %.1f KB, then per query"
                + " (load average before: %s):%n", page / 1024.0, Files.readString(Path.of("/proc/loadavg")).strip());
        try (Browser chromium = Browser.start()) {
            ChromeDriver browser = chromium.driver();
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            browser.executeCdpCommand("Performance.enable", Map.of());
            for (String query : QUERIES) {
                List<Double> times = new ArrayList<>();
                List<Double> complete = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                long read = 0;
                int parts = 0;
                int results = 0;
                for (int i = 0; i < LOADS; i++) {
                    browser.get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    Object mark = new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> browser.executeScript(
                            "var m = performance.getEntriesByName('search-results')[0]; return m ? m.startTime : null;"));
                    complete.add(((Number) mark).doubleValue());
                    cpu.add(mainThreadSeconds(browser) * 1000);
                    times.add(((Number) browser.executeScript("var m = performance.getEntriesByName('search-first-results')[0]"
                            + " || performance.getEntriesByName('search-results')[0]; return m.startTime;")).doubleValue());
                    @SuppressWarnings("unchecked")
                    List<String> loaded = (List<String>) browser.executeScript("return window.dossierSearch.loaded();");
                    read = Files.size(site.resolve("search/index.js"));
                    for (String part : loaded) {
                        read += Files.size(site.resolve("search/" + part + ".js"));
                    }
                    parts = loaded.size() + 1;
                    results = ((Number) browser.executeScript("return document.querySelectorAll('#search-results > li').length;")).intValue();
                }
                times.sort(Comparator.naturalOrder());
                complete.sort(Comparator.naturalOrder());
                cpu.sort(Comparator.naturalOrder());
                System.out.printf(Locale.ROOT, "  %-24s first results %6.0f ms (median of %d; max %.0f), all %3d shown %6.0f ms"
                                + " (main thread's CPU %4.0f ms), %3d parts, %7.1f KB read%n",
                        query, times.get(times.size() / 2), LOADS, times.get(times.size() - 1), results, complete.get(complete.size() / 2),
                        cpu.get(cpu.size() / 2), parts, read / 1024.0);
            }
        }
    }
}
