package dossier.browser;

import dossier.build.DossierSettings;
import dossier.build.RunFixture;
import dossier.publishing.Unzipped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The real dossier, baked once per run, as a reader may open it: from disk, served on 127.0.0.1 (as
 * `dossier serve` or a web server would), or unzipped from its offline zip. Each is made on first use and
 * shared by every browser test of the run; {@link InBrowser} hands it out and closes it at the end.
 */
public final class Sites implements AutoCloseable {

    /** How a reader opens the site. */
    public enum Way { FROM_DISK, SERVED, UNZIPPED }

    private final BakedSite baked;
    private final Map<Way, SiteAddress> opened = new EnumMap<>(Way.class);
    private Path unzipped;

    Sites(BakedSite baked) {
        this.baked = baked;
    }

    public BakedSite baked() {
        return baked;
    }

    /** The site unzipped from its offline zip into a temporary folder: the folder an offline reader opens. */
    public synchronized Path unzipped() {
        if (unzipped == null) {
            try {
                String name = DossierSettings.load(Path.of(".")).name();
                Path folder = Files.createTempDirectory("dossier-unzipped-");
                unzipped = Unzipped.unzip(baked.root().resolve(name + ".zip"), folder).resolve(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return unzipped;
    }

    public synchronized SiteAddress address(Way way) {
        return opened.computeIfAbsent(way, this::open);
    }

    private SiteAddress open(Way way) {
        return switch (way) {
            case FROM_DISK -> SiteAddress.fromDisk("disk", baked.root());
            case UNZIPPED -> SiteAddress.fromDisk("unzipped", unzipped());
            case SERVED -> {
                try {
                    yield SiteAddress.served(baked.root());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public synchronized void close() throws Exception {
        for (SiteAddress address : opened.values()) {
            address.close();
        }
        if (unzipped != null) {
            RunFixture.deleteQuietly(unzipped.getParent());
        }
    }
}
