package dossier.browser;

import java.nio.file.Path;

/** The reader checks against the site served on 127.0.0.1, as `dossier serve` or a web server would. */
class ServedSiteTest extends ReaderChecks {

    @Override
    protected SiteAddress open(Path site) throws Exception {
        return SiteAddress.served(site);
    }
}
