package dossier.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.SmallDossier;
import dossier.build.WarmBuild;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While serve rebuilds after edits, every page asked for is there and whole: each rebuild replaces a page
 * by a rename, so a request gets the old page or the new one, never a 404 nor half of one.
 */
class ServedDuringRebuildsTest {

    private static final List<String> PAGES = List.of("/index.html", "/documents/s-2021-400.html",
            "/documents/s-res-9999.html", "/glossary.html", "/search.html");

    @TempDir
    Path dir;

    @Test
    void everyRequestDuringTenRebuildsGetsAWholePage() throws Exception {
        SmallDossier.writeInto(dir);
        try (WarmBuild warm = new WarmBuild(SmallDossier.options(dir))) {
            rebuildWhileServing(warm);
        }
    }

    private void rebuildWhileServing(WarmBuild warm) throws Exception {
        warm.build();
        List<String> problems = new ArrayList<>();
        AtomicBoolean building = new AtomicBoolean(true);
        int[] requests = {0};
        try (PreviewServer server = PreviewServer.start(dir.resolve("output"), 0)) {
            HttpClient http = HttpClient.newHttpClient();
            Thread reader = new Thread(() -> {
                while (building.get()) {
                    for (String page : PAGES) {
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + server.port() + page)).build(), HttpResponse.BodyHandlers.ofString());
                            requests[0]++;
                            if (response.statusCode() != 200 || !response.body().strip().endsWith("</html>")) {
                                problems.add(page + ": " + response.statusCode() + " " + response.body().length() + " chars");
                            }
                        } catch (Exception e) {
                            problems.add(page + ": " + e);
                        }
                    }
                }
            });
            reader.start();
            for (int i = 0; i < 10; i++) {
                SmallDossier.write(dir.resolve("content/documents/s-2021-400.txt"),
                        SmallDossier.LETTER.replace("statement of my Government", "statement number " + i + " of my Government"));
                warm.build();
            }
            building.set(false);
            reader.join();
        }
        assertThat(requests[0]).isGreaterThan(PAGES.size());
        assertThat(problems).isEmpty();
    }
}
