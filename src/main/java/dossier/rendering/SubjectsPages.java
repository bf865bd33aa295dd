package dossier.rendering;

import dossier.annotation.index.DossierIndex;
import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The index's pages: one while it is small, an overview and a page per letter past that ({@link LetterPages}). */
public final class SubjectsPages {

    public static final String FILE = PageAddress.SUBJECTS;

    private SubjectsPages() {
    }

    public static List<DossierPage> of(DossierIndex index, PageBudget budget) {
        // Its letters are made once for all its pages: each is a view of every entry with its locators.
        SubjectsPage page = new SubjectsPage(index);
        List<SubjectsPage.Letter> all = page.letters();
        List<LetterPages.Letter<SubjectsPage.Item>> letters = all.stream().filter(l -> !l.items().isEmpty())
                .map(l -> new LetterPages.Letter<>(l.id(), l.label(), l.id().replace("letter-", ""), l.items()))
                .toList();
        return LetterPages.of(new LetterPages.Split<>(FILE, "subjects.ftlh", "Index", Map.of("index", page, "letters", all), SubjectsPages::links,
                SubjectsPages::ids, budget.linksPerPage()), letters);
    }

    /** The links an entry shows (to each paragraph, to other entries), with its sub-entries'; a see reference's. */
    private static int links(SubjectsPage.Item item) {
        return item.entry() == null ? item.see().targets().size() : links(item.entry());
    }

    private static int links(SubjectsPage.View view) {
        return 1 + view.seeAlso().size() + view.documents().stream().mapToInt(d -> d.links().size()).sum()
                + view.subEntries().stream().mapToInt(SubjectsPages::links).sum();
    }

    private static List<String> ids(SubjectsPage.Item item) {
        List<String> out = new ArrayList<>();
        if (item.entry() != null) {
            addIds(item.entry(), out);
        }
        return out;
    }

    private static void addIds(SubjectsPage.View view, List<String> out) {
        out.add(view.entry().id());
        view.subEntries().forEach(sub -> addIds(sub, out));
    }
}
