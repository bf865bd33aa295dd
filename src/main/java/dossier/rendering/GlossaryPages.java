package dossier.rendering;

import dossier.annotation.acronyms.DocumentUses;
import dossier.annotation.acronyms.GlossaryEntry;
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
 * of its own listing every use ({@link ManyUses}).
 */
public final class GlossaryPages {

    public static final String FILE = PageAddress.GLOSSARY;
    private static final String TEMPLATE = "glossary.ftlh";
    private static final String TITLE = "Glossary";

    /** A letter of the alphabet and its entries, for the page's A–Z. */
    public record Letter(String letter, List<GlossaryEntry> entries) {

        /** Its anchor on the page: "letter-a", or "letter-other" for "#" (a fragment holds no "#"). */
        public String id() {
            return "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT));
        }
    }

    private GlossaryPages() {
    }

    /** A to Z, each with its entries (none for letters no acronym starts with); "#" last if any acronym starts with a digit. */
    static List<Letter> letters(Glossary glossary) {
        Map<String, List<GlossaryEntry>> byLetter = glossary.entries().stream().collect(Collectors.groupingBy(GlossaryEntry::letter));
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
        Map<String, ManyUses<DocumentUses>> manyUses = new HashMap<>();
        for (GlossaryEntry entry : glossary.entries()) {
            ManyUses.of(FILE, Names.slug(entry.id()), entry.uses(), GlossaryPages::links, budget)
                    .ifPresent(many -> manyUses.put(entry.id(), many));
        }
        List<Letter> alphabet = letters(glossary);
        List<LetterPages.Letter<GlossaryEntry>> letters = alphabet.stream().filter(l -> !l.entries().isEmpty())
                .map(l -> new LetterPages.Letter<>(l.id(), l.letter(), l.letter().equals("#") ? "0" : l.letter().toLowerCase(Locale.ROOT),
                        l.entries()))
                .toList();
        Map<String, Object> values = Map.of("glossary", glossary, "letters", alphabet, "manyUses", manyUses);
        List<DossierPage> out = new ArrayList<>(LetterPages.of(new LetterPages.Split<>(FILE, TEMPLATE, TITLE, values,
                e -> 1 + e.definitions().size() + ManyUses.linksShown(e.uses(), GlossaryPages::links, budget),
                e -> List.of(e.id()), budget.linksPerPage()), letters));
        // An entry's uses pages link back to it and to the letters through the glossary's first address, which
        // holds every entry's id and every letter's, split or not.
        Map<String, String> letterPage = new HashMap<>();
        letters.forEach(l -> letterPage.put(l.key(), FILE));
        for (GlossaryEntry entry : glossary.entries()) {
            ManyUses<DocumentUses> many = manyUses.get(entry.id());
            if (many != null) {
                out.addAll(many.sitePages(TEMPLATE, TITLE + ", " + entry.acronym(), page -> Map.of("glossary", glossary, "letters", alphabet,
                        "letterPage", letterPage, "usesOf", entry, "usesPage", page, "manyUses", manyUses)));
            }
        }
        return out;
    }

    /** The links a document's uses show: the document and each paragraph. */
    private static int links(DocumentUses uses) {
        return 1 + uses.paragraphs().size();
    }
}
