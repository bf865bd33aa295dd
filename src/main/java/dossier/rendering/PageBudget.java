package dossier.rendering;

/**
 * The most a page a reader opens may weigh with the scripts and styles it loads, and so what a page made from
 * the whole dossier holds at most before it is split ({@code dossier.page_budget} in jbake.properties, in KB;
 * 500 unless set). Every limit scales with it, so that a smaller budget splits a dossier of a few hundred
 * documents as the default one splits a dossier of thousands.
 *
 * @param kilobytes the budget, in KB
 */
public record PageBudget(int kilobytes) {

    public static final PageBudget DEFAULT = new PageBudget(500);

    /** The styles and the site's script every page loads (some 32 KB), kept out of what its content may take. */
    private static final int FURNITURE_KB = 40;

    public PageBudget {
        if (kilobytes < 2 * FURNITURE_KB) {
            throw new IllegalArgumentException("a page budget of " + kilobytes + " KB leaves no room for a page: at least "
                    + 2 * FURNITURE_KB + " KB");
        }
    }

    public long bytes() {
        return kilobytes * 1024L;
    }

    /**
     * The links (to documents, to paragraphs, to entries) a letter's page holds at most: some 60–250 bytes each,
     * 1000 at the default budget.
     */
    int linksPerPage() {
        return kilobytes * 2;
    }

    /** The links of an entry's uses (a glossary or index entry) its letter's page shows; the rest are on pages of the entry's own. */
    int usesLinksShown() {
        return linksPerPage() / 4;
    }

    /** The characters of the timeline's entries (sentences, names, links) a page holds at most: its markup comes on top. */
    int timelineCharacters() {
        return (kilobytes - FURNITURE_KB) * 1024 / 2;
    }

    /** The documents the home page lists in full; past that it lists them by year, loaded on demand this many at a time. */
    int documentsPerPart() {
        return kilobytes * 2 / 5;
    }
}
