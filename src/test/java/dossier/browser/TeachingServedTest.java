package dossier.browser;

import java.nio.file.Path;

/** The teaching checks on the site served on 127.0.0.1, as a web server would. */
class TeachingServedTest extends TeachingChecks {

    @Override
    protected SiteAddress open(Path site) throws Exception {
        return SiteAddress.served(site);
    }
}
