package dossier.browser;

import dossier.serve.PreviewServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where the browser opens a baked site: served on 127.0.0.1 or opened from disk. The same checks run
 * against each, since a reader may meet the site either way.
 */
record SiteAddress(String name, URI base, AutoCloseable resource) implements AutoCloseable {

    static SiteAddress served(Path site) throws IOException {
        PreviewServer server = PreviewServer.start(site, 0);
        return new SiteAddress("served", URI.create("http://127.0.0.1:" + server.port() + "/"), server);
    }

    static SiteAddress fromDisk(Path site) {
        return new SiteAddress("disk", site.toAbsolutePath().normalize().toUri(), () -> { });
    }

    /**
     * The address of a page, given relative to the site root ("documents/s-2012-894.html#para-3").
     * Appended rather than resolved: URI.resolve would turn file:///x into file:/x, which no browser shows.
     */
    URI of(String page) {
        return URI.create(base + page);
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
