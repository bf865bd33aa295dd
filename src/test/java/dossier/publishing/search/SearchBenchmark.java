package dossier.publishing.search;

import dossier.browser.Browser;
import dossier.build.BuildOptions;
import dossier.build.DossierSettings;
import dossier.build.Pipeline;
import dossier.rendering.RenderPlan;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures the search on the real dossier: the index's size against the text it indexes, and the search
 * page's load and query times in headless Chromium from disk. A benchmark to run by hand (see README,
 * "Search"), not a test: times depend on the machine.
 */
public final class SearchBenchmark {

    private static final int LOADS = 15;
    private static final int REPEATS = 200;
    private static final List<String> QUERIES = List.of("ECOWAS", "negotiation", "negot", "Traore", "S/2012/894",
            "economic community of west african states", "security council mali", "m");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("search-benchmark");
        BuildOptions options = new BuildOptions(Path.of("."), folder.resolve("out"), Path.of("."));
        Pipeline.build(options);
        Path site = options.output();
        SearchIndex index = ModelIndex.of(RenderPlan.order(Pipeline.read(options)), Path.of("content"));
        System.out.println("index: " + index.size());
        String name = DossierSettings.load(Path.of(".")).name();
        System.out.printf(Locale.ROOT, "offline zip: %d B%n", Files.size(site.resolve(name + ".zip")));

        Browser chromium = Browser.start();
        ChromeDriver browser = chromium.driver();
        try {
            String page = site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("ECOWAS", StandardCharsets.UTF_8);
            List<Double> shownAt = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                browser.get(page);
                Object mark = null;
                while (mark == null) {
                    mark = browser.executeScript("var m = performance.getEntriesByName('search-results')[0]; return m ? m.startTime : null;");
                }
                shownAt.add(((Number) mark).doubleValue());
            }
            System.out.printf(Locale.ROOT, "search.html?q=ECOWAS from disk, %d loads (median): results shown %.0f ms after "
                    + "navigation start%n", LOADS, median(shownAt));
            // Every part loaded, so that the times below are those of matching and showing alone.
            browser.executeAsyncScript("window.dossierSearch.loadEverything(arguments[arguments.length - 1]);");
            for (String query : QUERIES) {
                Number search = (Number) browser.executeScript("var t = performance.now();"
                        + "for (var i = 0; i < arguments[1]; i++) { window.dossierSearch.search(arguments[0]); }"
                        + "return (performance.now() - t) / arguments[1];", query, REPEATS);
                Number shown = (Number) browser.executeScript("var input = document.getElementById('search-input');"
                        + "input.value = arguments[0]; input.dispatchEvent(new Event('input'));"
                        + "return window.dossierSearch.lastQueryMs();", query);
                long results = (Long) browser.executeScript("return window.dossierSearch.search(arguments[0]).paragraphs.length;", query);
                System.out.printf(Locale.ROOT, "query %-45s %4d paragraphs: search %.2f ms (mean of %d), search and show %.1f ms%n",
                        "\"" + query + "\"", results, search.doubleValue(), REPEATS, shown.doubleValue());
            }
        } finally {
            chromium.close();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
