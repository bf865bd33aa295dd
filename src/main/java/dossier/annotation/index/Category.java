package dossier.annotation.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an index entry is about; the index page has a view per category. */
public enum Category {
    PERSON("People"),
    PLACE("Places"),
    ORGANIZATION("Organizations"),
    SUBJECT("Subjects");

    private final String plural;

    Category(String plural) {
        this.plural = plural;
    }

    /** Its name in lower case: as written in content/index.yml, and as the page's view ids ("person"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view's heading ("People"). */
    public String plural() {
        return plural;
    }

    static Optional<Category> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
