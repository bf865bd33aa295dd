package dossier.browser;


/** The teaching checks on the site opened from disk, as a teacher's copy or the unzipped offline site. */
class TeachingFromDiskTest extends TeachingChecks {

    @Override
    protected Sites.Way way() {
        return Sites.Way.FROM_DISK;
    }
}
