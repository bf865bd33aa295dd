package dossier.browser;

import java.nio.file.Path;

/** The reader checks against the site opened from disk (file://), as a reader of the offline copy does. */
class SiteFromDiskTest extends ReaderChecks {

    @Override
    protected SiteAddress open(Path site) {
        return SiteAddress.fromDisk(site);
    }
}
