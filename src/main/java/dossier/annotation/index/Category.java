package dossier.annotation.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an index entry is about; the index page has a view per category. */
public enum Category {
    PERSON("person", "People"),
    PLACE("place", "Places"),
    ORGANIZATION("organization", "Organizations"),
    SUBJECT("subject", "Subjects");

    private final String key;
    private final String plural;

    Category(String key, String plural) {
        this.key = key;
        this.plural = plural;
    }

    /** As written in content/index.yml, and as the page's view ids ("person"). */
    public String key() {
        return key;
    }

    /** The view's heading ("People"). */
    public String plural() {
        return plural;
    }

    static Optional<Category> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
