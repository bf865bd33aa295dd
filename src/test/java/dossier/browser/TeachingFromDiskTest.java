package dossier.browser;

import java.nio.file.Path;

/** The teaching checks on the site opened from disk, as a teacher's copy or the unzipped offline site. */
class TeachingFromDiskTest extends TeachingChecks {

    @Override
    protected SiteAddress open(Path site) {
        return SiteAddress.fromDisk(site);
    }
}
