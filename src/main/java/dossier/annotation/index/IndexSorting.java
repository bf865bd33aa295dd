package dossier.annotation.index;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Index order, from ICU rather than hand rules: word by word (a space files before any letter, so
 * "Burkina Faso" before "Burkinabe"), accented letters with their letter ("Côte d'Ivoire" under C,
 * "Émir" with E), a leading "al-" ignored; and ICU's A–Z letter buckets for the page's letters.
 */
public final class IndexSorting {

    private static final ULocale LOCALE = ULocale.ENGLISH;

    /** A letter of the page and what files under it, in index order. */
    public record Bucket<T>(String label, boolean letter, List<T> items) {
    }

    private IndexSorting() {
    }

    /** Compares by what a heading is filed under; ties keep their order. */
    public static <T> Comparator<T> order(Function<T, String> heading) {
        Collator collator = Collator.getInstance(LOCALE);
        return Comparator.comparing((T item) -> Headings.filing(heading.apply(item)), collator);
    }

    /**
     * Every letter A–Z (empty ones too, for the letter navigation), then ICU's buckets for what files
     * before or after the alphabet, only when something does; each holds its items in index order.
     */
    public static <T> List<Bucket<T>> buckets(List<T> items, Function<T, String> heading) {
        AlphabeticIndex<Integer> index = new AlphabeticIndex<>(LOCALE);
        for (int i = 0; i < items.size(); i++) {
            index.addRecord(Headings.filing(heading.apply(items.get(i))), i);
        }
        Comparator<T> order = order(heading);
        List<Bucket<T>> buckets = new ArrayList<>();
        for (AlphabeticIndex.Bucket<Integer> bucket : index) {
            List<T> held = new ArrayList<>();
            bucket.forEach(record -> held.add(items.get(record.getData())));
            held.sort(order);
            boolean letter = bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL;
            if (letter || !held.isEmpty()) {
                buckets.add(new Bucket<>(bucket.getLabel(), letter, List.copyOf(held)));
            }
        }
        return buckets;
    }
}
