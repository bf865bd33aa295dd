package dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Serves a built site on the loopback interface, for previewing. Files only; no directory listings. */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "zip", "application/zip",
            "json", "application/json");

    private final HttpServer server;

    private PreviewServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving {@code site} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static PreviewServer start(Path site, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Path root = site.toAbsolutePath().normalize();
        server.createContext("/", exchange -> serve(root, exchange));
        server.start();
        return new PreviewServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? read(file) : null;
            if (body == null) {
                byte[] notFound = "Not found".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, notFound.length);
                exchange.getResponseBody().write(notFound);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(extension, URLConnection.guessContentTypeFromName(name));
            exchange.getResponseHeaders().set("Content-Type", type == null ? "application/octet-stream" : type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * The file's bytes, read at once: a rebuild replaces a page by a rename, so one read gets the whole of
     * the old page or of the new one (a size taken before the read could belong to the other); null when a
     * rebuild has just deleted it.
     */
    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
