package dossier.rendering;

import dossier.annotation.acronyms.Entry;
import dossier.annotation.acronyms.Glossary;
import dossier.model.PageAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The glossary's pages: one while it is small, an overview and a page per letter past that ({@link LetterPages}). */
public final class GlossaryPages {

    public static final String FILE = PageAddress.GLOSSARY;

    private GlossaryPages() {
    }

    public static List<DossierPage> of(Glossary glossary) {
        List<LetterPages.Letter<Entry>> letters = glossary.letters().stream().filter(l -> !l.entries().isEmpty())
                .map(l -> new LetterPages.Letter<>(l.id(), l.letter(), l.letter().equals("#") ? "0" : l.letter().toLowerCase(Locale.ROOT),
                        l.entries()))
                .toList();
        return LetterPages.of(new LetterPages.Split<>(FILE, "glossary.ftlh", "Glossary", Map.of("glossary", glossary), GlossaryPages::links,
                e -> List.of(e.id())), letters);
    }

    /** The links an entry shows: where it is spelled out, each document using it and each paragraph. */
    private static int links(Entry entry) {
        return 1 + entry.definitions().size() + entry.uses().stream().mapToInt(u -> 1 + u.paragraphs().size()).sum();
    }
}
