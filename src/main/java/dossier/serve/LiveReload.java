package dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import dossier.publishing.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the pages open in a browser what a rebuild changed, over server-sent events (plain HTTP: nothing
 * for a proxy to know), through a small script the preview server adds to every HTML page it serves: a
 * page reloads itself, keeping its place, when a rebuild changed it, and shows a failed rebuild's message
 * (file and line) over itself until dismissed or until a rebuild succeeds. Neither the script nor the
 * events exist outside {@code serve}: nothing of them is written into the site.
 */
final class LiveReload {

    /** Where the events and the script are served: under a name no page of a dossier site has. */
    static final String EVENTS = "/_dossier/events";
    static final String SCRIPT = "/_dossier/live.js";
    private static final byte[] TAG = ("<script src=\"" + SCRIPT + "\"></script>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.UTF_8);

    private final byte[] script = resource("live.js");
    /** The open event streams; one that cannot be written to any more is dropped. */
    private final List<OutputStream> listeners = new ArrayList<>();
    /** The last failed rebuild's message while no rebuild has succeeded since; null otherwise. */
    private String failure;

    byte[] script() {
        return script;
    }

    /** The page with the script added before its body ends (or at its end). */
    static byte[] withScript(byte[] page) {
        int at = lastIndexOf(page, BODY_END);
        int cut = at < 0 ? page.length : at;
        byte[] result = new byte[page.length + TAG.length];
        System.arraycopy(page, 0, result, 0, cut);
        System.arraycopy(TAG, 0, result, cut, TAG.length);
        System.arraycopy(page, cut, result, cut + TAG.length, page.length - cut);
        return result;
    }

    /** Opens an event stream, kept open after the handler returns; a failure still shown is sent at once. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (this) {
            listeners.add(out);
            send(List.of(out), ": listening\n\n" + (failure == null ? "" : event("failed", Json.quote(failure))));
        }
    }

    /** Files of the site (relative, with forward slashes) that a rebuild replaced, added or deleted. */
    synchronized void changed(List<String> files) {
        if (!files.isEmpty()) {
            send(listeners, event("change", files.stream().map(Json::quote).collect(Collectors.joining(",", "[", "]"))));
        }
    }

    synchronized void succeeded() {
        if (failure != null) {
            failure = null;
            send(listeners, event("ok", "{}"));
        }
    }

    synchronized void failed(String message) {
        failure = message;
        send(listeners, event("failed", Json.quote(message)));
    }

    synchronized void close() {
        listeners.forEach(LiveReload::closeQuietly);
        listeners.clear();
    }

    private void send(List<OutputStream> to, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : List.copyOf(to)) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                // The page was closed.
                listeners.remove(out);
                closeQuietly(out);
            }
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static int lastIndexOf(byte[] text, byte[] part) {
        for (int i = text.length - part.length; i >= 0; i--) {
            int j = 0;
            while (j < part.length && Character.toLowerCase(text[i + j]) == part[j]) {
                j++;
            }
            if (j == part.length) {
                return i;
            }
        }
        return -1;
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = LiveReload.class.getResourceAsStream("/dossier/serve/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dossier/serve/" + name + " is missing from dossier's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
