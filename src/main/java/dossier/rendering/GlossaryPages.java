package dossier.rendering;

import dossier.annotation.acronyms.DocumentUses;
import dossier.annotation.acronyms.Entry;
import dossier.annotation.acronyms.Glossary;
import dossier.model.Names;
import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The glossary's pages: one while it is small, an overview and a page per letter past that ({@link LetterPages}).
 * An entry used in more places than its letter's page can list shows its first uses there and links to pages
 * of its own listing every use ("glossary-ecowas-uses.html", "…-uses-2.html").
 */
public final class GlossaryPages {

    public static final String FILE = PageAddress.GLOSSARY;
    private static final String TEMPLATE = "glossary.ftlh";
    private static final String TITLE = "Glossary";

    /**
     * One page of an entry's uses.
     *
     * @param from the place of its first document among the entry's (1 for the first), for its label
     */
    public record UsesPage(String file, int from, List<DocumentUses> uses) {

        public int to() {
            return from + uses.size() - 1;
        }
    }

    /** A letter of the alphabet and its entries, for the page's A–Z. */
    public record Letter(String letter, List<Entry> entries) {

        /** Its anchor on the page: "letter-a", or "letter-other" for "#" (a fragment holds no "#"). */
        public String id() {
            return "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT));
        }
    }

    private GlossaryPages() {
    }

    /** A to Z, each with its entries (none for letters no acronym starts with); "#" last if any acronym starts with a digit. */
    static List<Letter> letters(Glossary glossary) {
        Map<String, List<Entry>> byLetter = glossary.entries().stream().collect(Collectors.groupingBy(Entry::letter));
        List<Letter> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.add(new Letter(String.valueOf(c), byLetter.getOrDefault(String.valueOf(c), List.of())));
        }
        if (byLetter.containsKey("#")) {
            letters.add(new Letter("#", byLetter.get("#")));
        }
        return letters;
    }

    public static List<DossierPage> of(Glossary glossary, PageBudget budget) {
        Map<String, Integer> shown = new HashMap<>();
        Map<String, List<UsesPage>> usesPages = new HashMap<>();
        for (Entry entry : glossary.entries()) {
            if (links(entry.uses()) > budget.usesLinksShown()) {
                shown.put(entry.id(), LetterPages.runs(entry.uses(), GlossaryPages::links, budget.usesLinksShown()).get(0).size());
                usesPages.put(entry.id(), usesPages(entry, budget.linksPerPage()));
            }
        }
        List<Letter> alphabet = letters(glossary);
        List<LetterPages.Letter<Entry>> letters = alphabet.stream().filter(l -> !l.entries().isEmpty())
                .map(l -> new LetterPages.Letter<>(l.id(), l.letter(), l.letter().equals("#") ? "0" : l.letter().toLowerCase(Locale.ROOT),
                        l.entries()))
                .toList();
        Map<String, Object> values = Map.of("glossary", glossary, "letters", alphabet, "usesShown", shown, "usesPages", usesPages);
        List<DossierPage> out = new ArrayList<>(LetterPages.of(new LetterPages.Split<>(FILE, TEMPLATE, TITLE, values,
                e -> 1 + e.definitions().size() + links(e.uses().subList(0, shown.getOrDefault(e.id(), e.uses().size()))),
                e -> List.of(e.id()), budget.linksPerPage()), letters));
        // An entry's uses pages link back to it and to the letters through the glossary's first address, which
        // holds every entry's id and every letter's, split or not.
        Map<String, String> letterPage = new HashMap<>();
        letters.forEach(l -> letterPage.put(l.key(), FILE));
        for (Entry entry : glossary.entries()) {
            List<UsesPage> pages = usesPages.getOrDefault(entry.id(), List.of());
            for (int i = 0; i < pages.size(); i++) {
                Map<String, Object> page = Map.of("glossary", glossary, "letters", alphabet, "letterPage", letterPage, "usesOf", entry,
                        "usesPage", pages.get(i), "usesPages", usesPages);
                out.add(new DossierPage(pages.get(i).file(), TEMPLATE, TITLE + ", " + entry.acronym() + ": where it is used"
                        + (pages.size() == 1 ? "" : " (" + (i + 1) + " of " + pages.size() + ")"), () -> page, false));
            }
        }
        return out;
    }

    /** The entry's uses in pages of at most {@code limit} links. */
    private static List<UsesPage> usesPages(Entry entry, int limit) {
        String name = "glossary-" + Names.slug(entry.id()) + "-uses";
        List<UsesPage> pages = new ArrayList<>();
        int from = 1;
        for (List<DocumentUses> run : LetterPages.runs(entry.uses(), GlossaryPages::links, limit)) {
            pages.add(new UsesPage(name + (pages.isEmpty() ? "" : "-" + (pages.size() + 1)) + ".html", from, List.copyOf(run)));
            from += run.size();
        }
        return pages;
    }

    /** The links a list of uses shows: each document and each paragraph. */
    private static int links(List<DocumentUses> uses) {
        return uses.stream().mapToInt(GlossaryPages::links).sum();
    }

    private static int links(DocumentUses uses) {
        return 1 + uses.paragraphs().size();
    }
}
