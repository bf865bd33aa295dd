package dossier.rendering;

import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * An entry used in more places than the page showing it can list (a glossary entry, an index entry named in
 * thousands of documents): that page lists its first uses, {@link PageBudget#usesLinksShown()} links' worth,
 * and pages of the entry's own list every use, document by document, {@link PageBudget#linksPerPage()} links
 * each ("glossary-ecowas-uses.html", "…-uses-2.html"). An entry with fewer uses has none: a small dossier's
 * pages stay as they were.
 *
 * @param shown the uses its entry's page lists, from the first
 * @param pages the pages listing every use
 */
public record ManyUses<T>(int shown, List<ManyUses.Page<T>> pages) {

    /**
     * One page of an entry's uses.
     *
     * @param from the place of its first use among the entry's (1 for the first), for its label
     */
    public record Page<T>(String file, int from, List<T> uses) {

        public int to() {
            return from + uses.size() - 1;
        }
    }

    /**
     * The pages of the uses of {@code entry} ("ecowas"), an entry of {@code page} ("glossary.html"), or none
     * when the entry's page can list them all.
     */
    static <T> Optional<ManyUses<T>> of(String page, String entry, List<T> uses, ToIntFunction<T> links, PageBudget budget) {
        if (uses.stream().mapToInt(links).sum() <= budget.usesLinksShown()) {
            return Optional.empty();
        }
        List<Page<T>> pages = new ArrayList<>();
        int from = 1;
        for (List<T> run : LetterPages.runs(uses, links, budget.linksPerPage())) {
            pages.add(new Page<>(PageAddress.uses(page, entry, pages.size() + 1), from, List.copyOf(run)));
            from += run.size();
        }
        return Optional.of(new ManyUses<>(LetterPages.runs(uses, links, budget.usesLinksShown()).get(0).size(), pages));
    }

    /**
     * What an entry's uses weigh on its letter's page, in links: all of them, or the most it lists of them
     * once they have pages of their own (its first uses may take a little less). Never less as the dossier
     * grows, so that a letter has as many pages as it had when the dossier was smaller: none of their
     * addresses is lost.
     */
    static <T> int linksShown(List<T> uses, ToIntFunction<T> links, PageBudget budget) {
        return Math.min(uses.stream().mapToInt(links).sum(), budget.usesLinksShown());
    }

    /** Its pages as pages of the site: "{@code title}: where it is used (2 of 3)", each with its values. */
    List<DossierPage> sitePages(String template, String title, Function<Page<T>, Map<String, Object>> values) {
        List<DossierPage> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page<T> page = pages.get(i);
            out.add(new DossierPage(page.file(), template, title + ": where it is used"
                    + (pages.size() == 1 ? "" : " (" + (i + 1) + " of " + pages.size() + ")"), () -> values.apply(page), false));
        }
        return out;
    }
}
