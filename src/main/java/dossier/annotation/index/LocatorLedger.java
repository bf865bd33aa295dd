package dossier.annotation.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The locators found in each document, recorded once per document by the matching pass. Kept apart
 * from the matching so that the build's annotation pass can hand its findings to whoever records them.
 */
final class LocatorLedger {

    private final Map<String, List<Locator>> bySlug = new LinkedHashMap<>();

    synchronized boolean has(String slug) {
        return bySlug.containsKey(slug);
    }

    synchronized void record(String slug, List<Locator> locators) {
        bySlug.putIfAbsent(slug, List.copyOf(locators));
    }

    synchronized List<Locator> in(String slug) {
        return bySlug.getOrDefault(slug, List.of());
    }

    synchronized List<Locator> all() {
        return bySlug.values().stream().flatMap(List::stream).toList();
    }
}
