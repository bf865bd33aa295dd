package dossier.browser;

import dossier.serve.PreviewServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where the browser opens a baked site: served on 127.0.0.1 or opened from disk, and a name for messages
 * ("served", "disk", "unzipped").
 */
public record SiteAddress(String name, URI base, AutoCloseable resource) implements AutoCloseable {

    static SiteAddress served(Path site) throws IOException {
        PreviewServer server = PreviewServer.start(site, 0);
        return new SiteAddress("served", URI.create("http://127.0.0.1:" + server.port() + "/"), server);
    }

    static SiteAddress fromDisk(String name, Path site) {
        return new SiteAddress(name, site.toAbsolutePath().normalize().toUri(), () -> { });
    }

    static SiteAddress fromDisk(Path site) {
        return fromDisk("disk", site);
    }

    /**
     * The address of a page, given relative to the site root ("documents/s-2012-894.html#para-3").
     * Appended rather than resolved: URI.resolve would turn file:///x into file:/x, which no browser shows.
     */
    public URI of(String page) {
        return URI.create(base + page);
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
