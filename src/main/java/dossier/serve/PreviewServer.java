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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on the loopback interface, for previewing. Files only; no directory listings. Under
 * {@code serve} it also keeps open pages up to date ({@link LiveReload}).
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "zip", "application/zip",
            "json", "application/json");

    /** Requests answered at once: one that never finishes its headers holds one thread, not the server. */
    private static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload live;

    private PreviewServer(HttpServer server, ExecutorService threads, LiveReload live) {
        this.server = server;
        this.threads = threads;
        this.live = live;
    }

    /** Starts serving {@code site} on 127.0.0.1:{@code port} (0 picks a free port), as it is. */
    public static PreviewServer start(Path site, int port) throws IOException {
        return start(site, port, null);
    }

    /**
     * Starts serving {@code site} as {@link #start} does, each HTML page with the script that reloads it
     * when {@link #changed} names it and shows {@link #failed}'s message.
     */
    public static PreviewServer live(Path site, int port) throws IOException {
        return start(site, port, new LiveReload());
    }

    private static PreviewServer start(Path site, int port, LiveReload live) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Path root = site.toAbsolutePath().normalize();
        server.createContext("/", exchange -> serve(root, exchange, live));
        if (live != null) {
            // The handler returns with the stream open; LiveReload writes to it, from the rebuild's thread.
            server.createContext(LiveReload.EVENTS, exchange -> {
                if (local(exchange.getRequestHeaders().getFirst("Host"))) {
                    live.listen(exchange);
                } else {
                    try (exchange) {
                        answer(exchange, 421, "Only http://127.0.0.1 or http://localhost is served");
                    }
                }
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "dossier-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        return new PreviewServer(server, threads, live);
    }

    /** Tells the open pages which files of the site (relative, forward slashes) a rebuild changed; those reload. */
    public void changed(List<String> files) {
        if (live != null) {
            live.changed(files);
        }
    }

    /** A rebuild succeeded: the open pages stop showing the last failure. */
    public void succeeded() {
        if (live != null) {
            live.succeeded();
        }
    }

    /** A rebuild failed: the open pages show why (file and line), over the last good site, which is still served. */
    public void failed(String message) {
        if (live != null) {
            live.failed(message);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(Path root, HttpExchange exchange, LiveReload live) throws IOException {
        try (exchange) {
            if (!local(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page elsewhere may point its own name at 127.0.0.1 (DNS rebinding) and read the preview.
                answer(exchange, 421, "Only http://127.0.0.1 or http://localhost is served");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (live != null && path.equals(LiveReload.SCRIPT)) {
                send(exchange, TYPES.get("js"), live.script());
                return;
            }
            Path file = file(root, path);
            byte[] body = file != null && file.startsWith(root) && Files.isRegularFile(file) ? read(file) : null;
            if (body == null) {
                answer(exchange, 404, "Not found");
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            send(exchange, TYPES.getOrDefault(extension, URLConnection.guessContentTypeFromName(name)),
                    live != null && extension.equals("html") ? LiveReload.withScript(body) : body);
        }
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type == null ? "application/octet-stream" : type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
        if (live != null) {
            live.close();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
