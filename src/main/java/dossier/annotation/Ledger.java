package dossier.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each annotator actually marked on each document, kept by the build: acronym uses by anchor,
 * citations by paragraph, index locators … Asides and cross-document pages read it after every document
 * has been annotated, so what a page lists is what the pages mark, and nothing is rendered twice.
 * Documents are annotated in parallel: each document's marks are written by the one thread annotating it.
 */
public final class Ledger {

    /** A kind of mark, named by the annotator that makes it; {@code T} is what it records. */
    public static final class Kind<T> {
        private final String name;

        public Kind(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One mark: where it stands in the document (the anchor, "" before any) and what it records. */
    public record Mark<T>(String anchor, T what) {
    }

    private final Map<Kind<?>, Map<String, List<Mark<?>>>> marks = new ConcurrentHashMap<>();

    public <T> void record(Kind<T> kind, String slug, String anchor, T what) {
        marks.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(slug, s -> new ArrayList<>()).add(new Mark<>(anchor, what));
    }

    /** Every mark recorded on one document, by kind: what a later build that reuses its annotation records again. */
    public record Records(Map<Kind<?>, List<Mark<?>>> byKind) {
        public Records {
            byKind = Map.copyOf(byKind);
        }
    }

    /** What was recorded on the document (by the one thread annotating it). */
    public Records of(String slug) {
        Map<Kind<?>, List<Mark<?>>> byKind = new HashMap<>();
        marks.forEach((kind, bySlug) -> {
            List<Mark<?>> found = bySlug.get(slug);
            if (found != null) {
                byKind.put(kind, List.copyOf(found));
            }
        });
        return new Records(byKind);
    }

    /** Records again, as they were, the marks of an earlier build on the document, instead of annotating it. */
    public void replay(String slug, Records records) {
        records.byKind().forEach((kind, found) ->
                marks.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).put(slug, new ArrayList<>(found)));
    }

    /** The marks of one kind on one document, in the order they were made (text order). */
    @SuppressWarnings("unchecked")
    public <T> List<Mark<T>> marks(Kind<T> kind, String slug) {
        List<Mark<?>> found = marks.getOrDefault(kind, Map.of()).getOrDefault(slug, List.of());
        return List.copyOf((List<Mark<T>>) (List<?>) found);
    }
}
