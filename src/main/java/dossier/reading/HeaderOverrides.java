package dossier.reading;

import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.Metadata.Relation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies what an editor wrote in a source's header over what was inferred from its text. Keys dossier
 * does not read are kept, as JBake and Hugo keep them, for templates ({@code content.header.KEY}); one
 * a single edit away from a key dossier reads is most likely a typing slip and is warned about.
 */
public final class HeaderOverrides {

    /** Keys that JBake itself reads; accepted and left to it. */
    private static final Set<String> JBAKE_KEYS = Set.of("type", "status", "tags", "cached");
    private static final Set<String> OWN_KEYS = Set.of("symbol", "title", "date", "kind", "body", "adopted_as");

    private HeaderOverrides() {
    }

    static Metadata apply(MetadataInference.Inferred inferred, SourceText source) {
        Map<String, Object> header = source.header();
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

    /** Throws, naming the file and line, when a value of a key dossier reads is malformed. */
    public static void check(SourceText source) {
        Map<String, Object> header = source.header();
        if (header.containsKey("date")) {
            date(source, header.get("date"));
        }
        if (header.containsKey("kind")) {
            kind(source, header.get("kind"));
        }
    }

    /** The keys neither dossier nor JBake reads, with their values as written, for templates. */
    public static Map<String, Object> unread(SourceText source) {
        Map<String, Object> unread = new LinkedHashMap<>();
        source.header().forEach((key, value) -> {
            if (!known(key)) {
                unread.put(key, value instanceof Collection<?> many ? strings(many) : String.valueOf(value));
            }
        });
        return unread;
    }

    /** "file:3: header key 'titel' … did you mean 'title'?" for every unread key one edit from a known one. */
    public static List<String> warnings(SourceText source) {
        List<String> warnings = new ArrayList<>();
        for (String key : source.header().keySet()) {
            if (known(key)) {
                continue;
            }
            Stream.concat(OWN_KEYS.stream(), JBAKE_KEYS.stream()).sorted()
                    .filter(knownKey -> oneEditApart(key.toLowerCase(Locale.ROOT), knownKey)).findFirst()
                    .ifPresent(knownKey -> warnings.add(source.file() + ":" + source.headerLines().getOrDefault(key, 1)
                            + ": header key '" + key + "': did you mean '" + knownKey + "'? (dossier does not read '" + key
                            + "'; it is kept for templates only)"));
        }
        return warnings;
    }

    private static boolean known(String key) {
        return OWN_KEYS.contains(key) || JBAKE_KEYS.contains(key);
    }

    /** One insertion, deletion, substitution or swap of neighbours turns a into b (or they differ only in case). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int differA = endA - start;
        int differB = endB - start;
        boolean swap = differA == 2 && differB == 2 && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start);
        return differA <= 1 && differB <= 1 || swap;
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
