package dossier.browser;


/** The teaching checks on the site served on 127.0.0.1, as a web server would. */
class TeachingServedTest extends TeachingChecks {

    @Override
    protected Sites.Way way() {
        return Sites.Way.SERVED;
    }
}
