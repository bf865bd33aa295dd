package dossier.rendering;

import dossier.annotation.index.DossierIndex;
import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's pages: one while it is small, an overview and a page per letter past that ({@link LetterPages}).
 * An entry named in more paragraphs than its letter's page can list shows the first there and links to pages
 * of its own listing every one ({@link ManyUses}).
 */
public final class SubjectsPages {

    public static final String FILE = PageAddress.SUBJECTS;
    private static final String TEMPLATE = "subjects.ftlh";
    private static final String TITLE = "Index";

    private SubjectsPages() {
    }

    public static List<DossierPage> of(DossierIndex index, PageBudget budget) {
        // Its letters are made once for all its pages: each is a view of every entry with its locators.
        SubjectsPage page = new SubjectsPage(index);
        List<SubjectsPage.Letter> all = page.letters();
        Map<String, ManyUses<SubjectsPage.InDocument>> manyUses = new HashMap<>();
        List<SubjectsPage.View> views = new ArrayList<>();
        all.forEach(l -> l.items().stream().filter(item -> item.entry() != null).forEach(item -> addViews(item.entry(), views)));
        for (SubjectsPage.View view : views) {
            String id = view.entry().id();
            ManyUses.of(FILE, id.replaceFirst("^entry-", ""), view.documents(), SubjectsPages::links, budget)
                    .ifPresent(many -> manyUses.put(id, many));
        }
        List<LetterPages.Letter<SubjectsPage.Item>> letters = all.stream().filter(l -> !l.items().isEmpty())
                .map(l -> new LetterPages.Letter<>(l.id(), l.label(), l.id().replace("letter-", ""), l.items()))
                .toList();
        List<DossierPage> out = new ArrayList<>(LetterPages.of(new LetterPages.Split<>(FILE, TEMPLATE, TITLE,
                Map.of("index", page, "letters", all, "manyUses", manyUses), item -> links(item, budget), SubjectsPages::ids,
                budget.linksPerPage()), letters));
        // An entry's pages of locators link back to it and to the letters through the index's first address, which
        // holds every entry's id and every letter's, split or not.
        Map<String, String> letterPage = new HashMap<>();
        letters.forEach(l -> letterPage.put(l.key(), FILE));
        for (SubjectsPage.View view : views) {
            ManyUses<SubjectsPage.InDocument> many = manyUses.get(view.entry().id());
            if (many != null) {
                out.addAll(many.sitePages(TEMPLATE, TITLE + ", " + view.entry().label(), usesPage -> Map.of("index", page, "letters", all,
                        "letterPage", letterPage, "usesOf", view, "usesPage", usesPage, "manyUses", manyUses)));
            }
        }
        return out;
    }

    private static void addViews(SubjectsPage.View view, List<SubjectsPage.View> out) {
        out.add(view);
        view.subEntries().forEach(sub -> addViews(sub, out));
    }

    /**
     * The links an entry shows (to each paragraph its letter's page lists, to other entries), with its
     * sub-entries'; a see reference's.
     */
    private static int links(SubjectsPage.Item item, PageBudget budget) {
        return item.entry() == null ? item.see().targets().size() : links(item.entry(), budget);
    }

    private static int links(SubjectsPage.View view, PageBudget budget) {
        return 1 + view.seeAlso().size() + ManyUses.linksShown(view.documents(), SubjectsPages::links, budget)
                + view.subEntries().stream().mapToInt(sub -> links(sub, budget)).sum();
    }

    /** The links to an entry's paragraphs in one document. */
    private static int links(SubjectsPage.InDocument document) {
        return document.links().size();
    }

    /** The ids of an entry and of its sub-entries, which keep landing; none for a see reference. */
    private static List<String> ids(SubjectsPage.Item item) {
        List<SubjectsPage.View> views = new ArrayList<>();
        if (item.entry() != null) {
            addViews(item.entry(), views);
        }
        return views.stream().map(view -> view.entry().id()).toList();
    }
}
