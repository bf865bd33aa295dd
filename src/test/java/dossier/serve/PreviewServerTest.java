package dossier.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serves_the_site_with_the_right_types_and_nothing_outside_it(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/a.css"), "p{}");
        Files.writeString(dir.resolve("secret.txt"), "outside");

        try (PreviewServer server = PreviewServer.start(site, 0)) {
            HttpResponse<String> home = get(server, "/index.html");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).isEqualTo("<p>home</p>");
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(get(server, "/css/a.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(get(server, "/").body()).isEqualTo("<p>home</p>");
            assertThat(get(server, "/missing.html").statusCode()).isEqualTo(404);
            assertThat(get(server, "/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void under_serve_pages_get_the_reload_script_and_hear_of_changes_and_failures(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><p>home</p></body></html>");
        Files.writeString(site.resolve("a.css"), "p{}");

        try (PreviewServer server = PreviewServer.live(site, 0)) {
            assertThat(get(server, "/index.html").body())
                    .isEqualTo("<html><body><p>home</p><script src=\"/_dossier/live.js\"></script></body></html>");
            assertThat(get(server, "/a.css").body()).isEqualTo("p{}");
            assertThat(get(server, "/_dossier/live.js").body()).contains("EventSource(\"/_dossier/events\")");
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/_dossier/events")).build(), HttpResponse.BodyHandlers.ofLines());
            var lines = events.body().iterator();
            assertThat(lines.next()).isEqualTo(": listening");
            server.changed(List.of("documents/a.html", "glossary.html"));
            server.failed("content/documents/a.txt:3: \"bad\" <header>");
            assertThat(List.of(lines.next(), lines.next(), lines.next(), lines.next(), lines.next(), lines.next(), lines.next()))
                    .containsExactly("", "event: change", "data: [\"documents/a.html\",\"glossary.html\"]", "",
                            "event: failed", "data: \"content/documents/a.txt:3: \\\"bad\\\" <header>\"", "");
        }
        try (PreviewServer plain = PreviewServer.start(site, 0)) {
            assertThat(get(plain, "/index.html").body()).isEqualTo("<html><body><p>home</p></body></html>");
            assertThat(get(plain, "/_dossier/live.js").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void the_watcher_wakes_when_a_source_changes(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/documents"));
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir.resolve("content")))) {
            CompletableFuture<Void> woke = CompletableFuture.runAsync(() -> {
                try {
                    watcher.awaitChange();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            Files.writeString(content.resolve("new.txt"), "Letter dated 1 May 2020");
            woke.get(20, TimeUnit.SECONDS);
            assertThat(woke).isCompleted();
        }
    }

    /** The raw answer to a request written by hand, as a browser or an attacker may write it. */
    private static String raw(PreviewServer server, String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void only_loopback_host_names_are_answered(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        try (PreviewServer server = PreviewServer.start(site, 0)) {
            String rebound = raw(server, "GET /index.html HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(rebound).startsWith("HTTP/1.1 421").doesNotContain("<p>home</p>");
            for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST")) {
                assertThat(raw(server, "GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                        .as(host).startsWith("HTTP/1.1 200").contains("<p>home</p>");
            }
            assertThat(raw(server, "GET /%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 404");
        }
    }

    @Test
    void a_request_that_never_ends_its_headers_blocks_no_other(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        try (PreviewServer server = PreviewServer.start(site, 0);
             java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
            slow.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            slow.getOutputStream().flush();
            Thread.sleep(200);
            HttpResponse<String> home = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
            assertThat(home.body()).isEqualTo("<p>home</p>");
        }
    }

    private static CompletableFuture<Void> woken(SourceWatcher watcher) {
        return CompletableFuture.runAsync(() -> {
            try {
                watcher.awaitChange();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void the_watcher_follows_content_deleted_and_made_again_and_ignores_the_output(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("documents"));
        try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
            CompletableFuture<Void> output = woken(watcher);
            Files.createDirectories(dir.resolve("output"));
            Files.writeString(dir.resolve("output/index.html"), "a page the build wrote");
            Thread.sleep(500);
            assertThat(output).as("woken by the output").isNotDone();
            // As git stash does: the folder goes, then comes back with its files.
            try (Stream<Path> tree = Files.walk(content)) {
                tree.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            output.get(20, TimeUnit.SECONDS);
            Files.createDirectories(content.resolve("documents"));
            woken(watcher).get(20, TimeUnit.SECONDS);
            Thread.sleep(200);
            CompletableFuture<Void> edit = woken(watcher);
            Thread.sleep(200);
            Files.writeString(content.resolve("documents/new.txt"), "Letter dated 1 May 2020");
            edit.get(20, TimeUnit.SECONDS);
        }
    }
}
