package dossier.reading;

import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.Metadata.Relation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies what an editor wrote in a source's header over what was inferred from its text. */
final class HeaderOverrides {

    /** Keys that JBake itself reads; accepted and left to it. */
    private static final Set<String> JBAKE_KEYS = Set.of("type", "status", "tags", "cached");
    private static final Set<String> OWN_KEYS = Set.of("symbol", "title", "date", "kind", "body", "adopted_as");

    private HeaderOverrides() {
    }

    static Metadata apply(MetadataInference.Inferred inferred, SourceText source) {
        Map<String, Object> header = source.header();
        for (String key : header.keySet()) {
            if (!OWN_KEYS.contains(key) && !JBAKE_KEYS.contains(key)) {
                throw error(source, key, "unknown header key '" + key + "' (known: " + String.join(", ", OWN_KEYS.stream().sorted().toList()) + ")");
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (String adopted : strings(header.get("adopted_as"))) {
            relations.add(new Relation("Adopted as", adopted));
        }
        return new Metadata(
                text(header, "symbol", inferred.symbol()),
                text(header, "title", inferred.title()),
                header.containsKey("date") ? date(source, header.get("date")) : inferred.date(),
                header.containsKey("kind") ? kind(source, header.get("kind")) : inferred.kind(),
                text(header, "body", inferred.body()),
                relations);
    }

    private static String text(Map<String, Object> header, String key, String inferred) {
        Object value = header.get(key);
        return value == null ? inferred : String.valueOf(value).strip();
    }

    private static LocalDate date(SourceText source, Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw error(source, "date", "date '" + value + "' is not a date of the form 2012-11-28");
        }
    }

    private static DocumentKind kind(SourceText source, Object value) {
        try {
            return DocumentKind.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw error(source, "kind", e.getMessage());
        }
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).map(String::strip).toList();
        }
        return List.of(String.valueOf(value).strip());
    }

    private static SourceException error(SourceText source, String key, String problem) {
        return new SourceException(source.file(), source.headerLines().getOrDefault(key, 1), problem);
    }
}
