package dossier.browser;

import dossier.build.DossierSettings;
import dossier.publishing.Unzipped;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reader checks against the offline zip, unzipped and opened from disk, as an offline reader has it. */
class UnzippedSiteTest extends ReaderChecks {

    @Override
    protected SiteAddress open(Path site) throws Exception {
        String name = DossierSettings.load(Path.of(".")).name();
        Path folder = Files.createTempDirectory("dossier-unzipped-");
        return SiteAddress.fromDisk(Unzipped.unzip(site.resolve(name + ".zip"), folder).resolve(name));
    }
}
