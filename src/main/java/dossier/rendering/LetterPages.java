package dossier.rendering;

import dossier.model.PageAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A page of entries filed by letter (the glossary, the index) or by body (the citations) as pages a reader can open at any size: one
 * page while it is small, as a small dossier always had; past that, an overview keeping the old page's
 * address and the id of every entry, each listed with a link to it, and a page per letter holding the
 * entries in full (a page per run of entries for a letter too large for one). A link to an entry of the
 * single page ({@code glossary.html#MINUSMA}), from a document or given out before the split, lands on
 * the overview's line for it, and the overview's script (js/moved.js) sends the reader on to the entry. As
 * the dossier grows, entries move to a letter's later pages: a letter's page sends a link to an entry it no
 * longer holds ({@code glossary-m.html#MONUSCO}) to the overview, which sends it on.
 *
 * <p>The templates see {@code split} (every page but the overview), {@code pageOf} (an entry's id →
 * its page), {@code letterPage} (a letter's key → its first page) and, on a letter's page, {@code current}
 * and {@code overviewFile}.
 */
final class LetterPages {

    /**
     * A letter and what files under it.
     *
     * @param key   what the template names the letter by ("M", "letter-m")
     * @param label its heading ("M")
     * @param name  its part of the page's file name ("m")
     */
    record Letter<T>(String key, String label, String name, List<T> items) {
    }

    /** One page of a split page: its file, its heading ("M", "M (2 of 3)"), its letter's key and its entries. */
    public record Section<T>(String file, String label, String key, List<T> items) {
    }

    /**
     * How to split one page.
     *
     * @param file    the single page's file ("glossary.html"), the overview's once split
     * @param values  what its template needs besides the split
     * @param links   the links an entry shows (to documents, to paragraphs): what makes a page large
     * @param ids     the ids of an entry and of what it holds (sub-entries), which keep landing
     * @param linksPerPage the links a page holds at most ({@link PageBudget#linksPerPage()}); the real dossier's
     *                pages hold fewer, and stay one page each
     */
    record Split<T>(String file, String template, String title, Map<String, Object> values, ToIntFunction<T> links,
                    Function<T, List<String>> ids, int linksPerPage) {
    }

    private LetterPages() {
    }

    /** Whether the page is too large for one page. */
    static <T> boolean splits(Split<T> split, List<Letter<T>> letters) {
        return letters.stream().flatMap(l -> l.items().stream()).mapToInt(split.links()).sum() > split.linksPerPage();
    }

    static <T> List<DossierPage> of(Split<T> split, List<Letter<T>> letters) {
        if (!splits(split, letters)) {
            return List.of(new DossierPage(split.file(), split.template(), split.title(), split::values));
        }
        List<Section<T>> sections = sections(split, letters);
        Map<String, String> pageOf = new HashMap<>();
        Map<String, String> letterPage = new LinkedHashMap<>();
        for (Section<T> section : sections) {
            section.items().forEach(item -> split.ids().apply(item).forEach(id -> pageOf.put(id, section.file())));
            letterPage.putIfAbsent(section.key(), section.file());
        }
        Map<String, Object> overview = new HashMap<>(split.values());
        overview.putAll(Map.of("split", sections, "pageOf", pageOf, "letterPage", letterPage));
        List<DossierPage> out = new ArrayList<>();
        out.add(new DossierPage(split.file(), split.template(), split.title(), () -> overview));
        for (Section<T> section : sections) {
            Map<String, Object> values = new HashMap<>(overview);
            values.put("current", section);
            values.put("overviewFile", split.file());
            out.add(new DossierPage(section.file(), split.template(), split.title() + ", " + section.label(), () -> values, false));
        }
        return out;
    }

    /** A page per letter, or per run of a letter's entries where the letter has more links than a page holds. */
    private static <T> List<Section<T>> sections(Split<T> split, List<Letter<T>> letters) {
        List<Section<T>> out = new ArrayList<>();
        for (Letter<T> letter : letters) {
            List<List<T>> runs = runs(letter.items(), split.links(), split.linksPerPage());
            for (int i = 0; i < runs.size(); i++) {
                String label = runs.size() == 1 ? letter.label() : letter.label() + " (" + (i + 1) + " of " + runs.size() + ")";
                out.add(new Section<>(PageAddress.numbered(PageAddress.part(split.file(), letter.name()), i + 1), label, letter.key(),
                        List.copyOf(runs.get(i))));
            }
        }
        return out;
    }

    /** The items in order, in runs of at most {@code limit} links; an item with more is a run of its own. */
    static <T> List<List<T>> runs(List<T> items, ToIntFunction<T> links, int limit) {
        List<List<T>> runs = new ArrayList<>();
        int held = limit;
        for (T item : items) {
            int more = links.applyAsInt(item);
            if (held + more > limit) {
                runs.add(new ArrayList<>());
                held = 0;
            }
            runs.get(runs.size() - 1).add(item);
            held += more;
        }
        return runs;
    }
}
