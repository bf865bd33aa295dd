package dossier.reading;

import dossier.model.DocumentKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers what a document is from its own words, the way a reader of a UN document would: the symbol
 * from the running heads, the title and kind from the opening lines, the date from the title, the
 * adoption line or the distribution line. Nothing here knows any particular document.
 */
final class MetadataInference {

    static final String DATE = "(\\d{1,2}) (January|February|March|April|May|June|July|August|September"
            + "|October|November|December) (\\d{4})";
    private static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,5}(?:/[A-Z0-9.]+)*/\\d{1,5}(?:/[A-Za-z0-9.]+)*");
    private static final Pattern HEAD_SYMBOL = Pattern.compile(
            "^\\s*(?:United Nations\\s+)?(" + SYMBOL.pattern() + ")\\s*$");
    private static final Pattern LATEX_SYMBOL = Pattern.compile("\\$([A-Z]+)_\\{(/[^}]*)}\\$");
    private static final Pattern ADOPTED_BY = Pattern.compile(
            "Resolution adopted by the (Human Rights Council|General Assembly|Security Council)(?: on " + DATE + ")?");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^(\\d{1,3}/\\d{1,4})\\.\\s+(.+)$");
    private static final Pattern SC_RESOLUTION = Pattern.compile("^Resolution (\\d{1,5}) \\((\\d{4})\\)$");
    private static final Pattern DISTRIBUTED = Pattern.compile("Distr\\.: \\w+\\s+" + DATE);
    private static final Pattern ANY_DATE = Pattern.compile(DATE);
    private static final Pattern OPENING = Pattern.compile(
            "^(Letter dated|Note verbale dated|Identical letters dated|Report of|Note by|Annual report|"
            + "Resolution adopted|.*: draft resolution$|Draft resolution)");

    private MetadataInference() {
    }

    /** What the text says of itself. {@code raw} is the body as written; {@code paragraphs} its cleaned text. */
    static Inferred infer(List<String> raw, List<String> paragraphs) {
        String title = title(paragraphs);
        Optional<String> adoptedBy = first(ADOPTED_BY, paragraphs, 1);
        DocumentKind kind = kind(title, paragraphs);
        String symbol = runningHeadSymbol(raw).orElseGet(() -> resolutionSymbol(adoptedBy, paragraphs));
        return new Inferred(symbol, cleanTitle(title), date(title, paragraphs), kind, body(symbol, adoptedBy, title));
    }

    record Inferred(String symbol, String title, LocalDate date, DocumentKind kind, String body) {
    }

    private static Optional<String> runningHeadSymbol(List<String> raw) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : raw) {
            Matcher latex = LATEX_SYMBOL.matcher(line);
            if (latex.find()) {
                counts.merge(latex.group(1) + latex.group(2), 1, Integer::sum);
            }
            Matcher head = HEAD_SYMBOL.matcher(line);
            if (head.matches()) {
                counts.merge(head.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static String resolutionSymbol(Optional<String> adoptedBy, List<String> paragraphs) {
        for (String paragraph : paragraphs.subList(0, Math.min(6, paragraphs.size()))) {
            Matcher sc = SC_RESOLUTION.matcher(paragraph);
            if (sc.matches()) {
                return "S/RES/" + sc.group(1) + "(" + sc.group(2) + ")";
            }
            Matcher numbered = RESOLUTION_NUMBER.matcher(paragraph);
            if (numbered.matches() && adoptedBy.isPresent()) {
                return switch (adoptedBy.get()) {
                    case "Human Rights Council" -> "A/HRC/RES/" + numbered.group(1);
                    case "General Assembly" -> "A/RES/" + numbered.group(1);
                    default -> "";
                };
            }
        }
        return "";
    }

    private static String title(List<String> paragraphs) {
        for (String paragraph : paragraphs.subList(0, Math.min(12, paragraphs.size()))) {
            if (OPENING.matcher(paragraph).find() && !paragraph.startsWith("Resolution adopted")) {
                return paragraph;
            }
            Matcher numbered = RESOLUTION_NUMBER.matcher(paragraph);
            if (numbered.matches()) {
                return numbered.group(2);
            }
        }
        return paragraphs.isEmpty() ? "" : paragraphs.get(0);
    }

    private static String cleanTitle(String title) {
        return title.replaceAll("\\s+", " ").strip();
    }

    private static DocumentKind kind(String title, List<String> paragraphs) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.contains("draft resolution")) {
            return DocumentKind.DRAFT_RESOLUTION;
        }
        if (lower.startsWith("letter") || lower.startsWith("identical letters") || lower.startsWith("note verbale")) {
            return DocumentKind.LETTER;
        }
        if (lower.startsWith("report") || lower.startsWith("annual report")) {
            return DocumentKind.REPORT;
        }
        if (lower.startsWith("note by")) {
            return DocumentKind.NOTE;
        }
        boolean adopted = paragraphs.stream().limit(6).anyMatch(p -> p.startsWith("Resolution adopted")
                || SC_RESOLUTION.matcher(p).matches());
        return adopted ? DocumentKind.RESOLUTION : DocumentKind.DOCUMENT;
    }

    private static LocalDate date(String title, List<String> paragraphs) {
        List<Pattern> inOrder = List.of(Pattern.compile("^\\S+(?: \\S+)? dated " + DATE), ADOPTED_BY, DISTRIBUTED, ANY_DATE);
        List<String> candidates = List.of(title, String.join("\n", paragraphs.subList(0, Math.min(12, paragraphs.size()))));
        for (Pattern pattern : inOrder) {
            for (String text : candidates) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    int day = m.groupCount() - 2;
                    if (m.group(day) != null) {
                        return LocalDate.parse(m.group(day) + " " + m.group(day + 1) + " " + m.group(day + 2), UN_DATE);
                    }
                }
            }
        }
        return null;
    }

    private static String body(String symbol, Optional<String> adoptedBy, String title) {
        if (adoptedBy.isPresent()) {
            return adoptedBy.get();
        }
        if (symbol.startsWith("A/HRC/")) {
            return "Human Rights Council";
        }
        if (symbol.startsWith("S/") || title.contains("President of the Security Council")) {
            return "Security Council";
        }
        if (symbol.startsWith("A/")) {
            return "General Assembly";
        }
        if (symbol.startsWith("E/")) {
            return "Economic and Social Council";
        }
        return "";
    }

    private static Optional<String> first(Pattern pattern, List<String> paragraphs, int group) {
        for (String paragraph : paragraphs) {
            Matcher m = pattern.matcher(paragraph);
            if (m.find()) {
                return Optional.of(m.group(group));
            }
        }
        return Optional.empty();
    }
}
