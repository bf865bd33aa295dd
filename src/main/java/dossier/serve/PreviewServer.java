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
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves a built site on the loopback interface, for previewing. Files only; no directory listings. */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "zip", "application/zip",
            "json", "application/json");

    /** Requests answered at once: one that never finishes its headers holds one thread, not the server. */
    private static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService threads;

    private PreviewServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code site} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static PreviewServer start(Path site, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Path root = site.toAbsolutePath().normalize();
        server.createContext("/", exchange -> serve(root, exchange));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "dossier-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        return new PreviewServer(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!local(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page elsewhere may point its own name at 127.0.0.1 (DNS rebinding) and read the preview.
                answer(exchange, 421, "Only http://127.0.0.1 or http://localhost is served");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file = file(root, path);
            byte[] body = file != null && file.startsWith(root) && Files.isRegularFile(file) ? read(file) : null;
            if (body == null) {
                answer(exchange, 404, "Not found");
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

    /** The file a path names; null for a path no file can have (a zero byte, "/%00"). */
    private static Path file(Path root, String path) {
        try {
            return root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A Host header naming the loopback interface by its address or name, any port. */
    static boolean local(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equals("localhost");
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
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
        threads.shutdownNow();
    }
}
