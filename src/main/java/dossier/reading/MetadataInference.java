package dossier.reading;

import dossier.model.Block;
import dossier.model.DocumentKind;
import dossier.model.SymbolSeries;
import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers what a document is from its own words, the way a reader of a UN document would: the symbol
 * from the running heads or the masthead, the title and kind from the title block, the date from the
 * title ("Letter dated …"), the adoption line or the cover's distribution date. A date the body merely
 * mentions is not the document's date. Nothing here knows any particular document.
 */
final class MetadataInference {

    static final String DATE = "(\\d{1,2}) (" + UnDates.MONTH_PATTERN + ") (\\d{4})";
    private static final Pattern SYMBOL = Pattern.compile(Markers.SYMBOL);
    /** A running head, or the masthead's "United Nations" beside the symbol. */
    private static final Pattern HEAD_SYMBOL = Pattern.compile("^\\s*(?:United Nations\\s+)?" + Markers.HEAD_SYMBOL + "\\s*$");
    private static final Pattern LATEX_SYMBOL = Pattern.compile("\\$([A-Z]+)_\\{(/[^}]*)}\\$");
    private static final Pattern ADOPTED_BY = Pattern.compile(
            "Resolution adopted by the (" + String.join("|", SymbolSeries.HUMAN_RIGHTS_COUNCIL, SymbolSeries.GENERAL_ASSEMBLY,
            SymbolSeries.SECURITY_COUNCIL) + ")(?: on " + DATE + ")?");
    private static final Pattern SC_RESOLUTION = Pattern.compile("Resolution (\\d{1,5}) \\((\\d{4})\\)");
    private static final Pattern DATED = Pattern.compile("^\\S+(?: \\S+)? dated " + DATE);
    private static final Pattern DISTRIBUTED = Pattern.compile("Distr\\.:? \\w+\\s+" + DATE);
    private static final Pattern DATE_ALONE = Pattern.compile("^" + DATE + "$");
    /** An advance copy's cover note: "This report will be issued as a document of … under the symbol S/2018/981." */
    private static final Pattern NOTE_DATE = Pattern.compile("\\. " + DATE + "$");
    private static final Pattern ADVANCE_COPY = Pattern.compile("under the symbol (" + SYMBOL.pattern() + ")");
    /**
     * The number of an addendum, revision, corrigendum or amendment as an OCR layer may read it, its 1 as a letter l
     * or I and its 0 as an O ("S/23106/Add.l"): those parts of a UN symbol are numbers, always.
     */
    private static final Pattern OCR_PART_NUMBER = Pattern.compile("(?<=/(?:Add|Rev|Corr|Amend)\\.)[0-9lIO]*[lIO][0-9lIO]*(?=/|$)");
    /** "Report …", and a report of a kind: "Annual report", "Progress report", "Special report" (title in lower case). */
    private static final Pattern REPORT = Pattern.compile("(?:\\p{L}+ )?report\\b");

    private MetadataInference() {
    }

    record Inferred(String symbol, String title, LocalDate date, DocumentKind kind, String body) {
    }

    /** What the text says of itself. {@code raw} is the body as written; {@code blocks} what was read from it. */
    static Inferred infer(List<String> raw, List<Block> blocks) {
        List<String> cover = blocks.stream().filter(b -> b.type() == Block.Type.COVER)
                .flatMap(b -> b.children().stream()).map(Block::text).toList();
        Optional<Block> titleBlock = blocks.stream().filter(b -> b.type() == Block.Type.TITLE).findFirst();
        String title = titleBlock.map(Block::text).orElse("");
        String coverText = String.join("\n", cover);
        Optional<String> adoptedBy = group(ADOPTED_BY, coverText, 1);
        // "[on the report of the Fifth Committee (A/80/401, para. 6)]" names another document, not this one.
        String symbol = runningHeadSymbol(raw)
                .or(() -> group(SYMBOL, coverText.replaceAll("\\[[^\\]]*]", ""), 0))
                .or(() -> blocks.stream().filter(b -> b.type() != Block.Type.COVER).findFirst()
                        .flatMap(note -> group(ADVANCE_COPY, note.text(), 1)))
                .map(MetadataInference::partNumbersRead)
                .orElseGet(() -> resolutionSymbol(adoptedBy, coverText, titleBlock.map(Block::number).orElse("")));
        DocumentKind kind = kind(title, adoptedBy.isPresent() || SC_RESOLUTION.matcher(coverText).find());
        return new Inferred(symbol, title, date(title, coverText, blocks), kind, body(symbol, adoptedBy, title));
    }

    /** The symbol with its part numbers as digits where an OCR layer read them as letters ({@link #OCR_PART_NUMBER}). */
    private static String partNumbersRead(String symbol) {
        return OCR_PART_NUMBER.matcher(symbol).replaceAll(number -> number.group().replace('l', '1').replace('I', '1').replace('O', '0'));
    }

    private static Optional<String> runningHeadSymbol(List<String> raw) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : raw) {
            Matcher latex = LATEX_SYMBOL.matcher(line);
            if (line.indexOf('$') >= 0 && latex.find()) {  // most lines have no dollar sign to open one
                counts.merge(latex.group(1) + latex.group(2), 1, Integer::sum);
            }
            Matcher head = HEAD_SYMBOL.matcher(line);
            if (head.matches()) {
                counts.merge(head.group("symbol"), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static String resolutionSymbol(Optional<String> adoptedBy, String cover, String titleNumber) {
        Matcher sc = SC_RESOLUTION.matcher(cover);
        if (sc.find()) {
            return "S/RES/" + sc.group(1) + "(" + sc.group(2) + ")";
        }
        String number = titleNumber.replaceAll("\\.$", "");
        if (number.isEmpty() || adoptedBy.isEmpty()) {
            return "";
        }
        return switch (adoptedBy.get()) {
            case SymbolSeries.HUMAN_RIGHTS_COUNCIL -> "A/HRC/RES/" + number;
            case SymbolSeries.GENERAL_ASSEMBLY -> "A/RES/" + number;
            default -> "";
        };
    }

    private static DocumentKind kind(String title, boolean adopted) {
        String lower = Whitespace.single(title).strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(" addendum")) {
            return DocumentKind.ADDENDUM;  // "Report of the Secretary-General on … Addendum"
        }
        if (lower.endsWith(" corrigendum")) {
            return DocumentKind.CORRIGENDUM;
        }
        if (lower.contains("draft resolution")) {
            return DocumentKind.DRAFT_RESOLUTION;
        }
        if (DocumentKind.LETTER_OPENINGS.stream().anyMatch(opening -> lower.startsWith(opening.toLowerCase(Locale.ROOT)))) {
            return DocumentKind.LETTER;
        }
        if (REPORT.matcher(lower).lookingAt() || lower.contains(" report of the ")) {  // a mission's name, then "Report of …"
            return DocumentKind.REPORT;
        }
        if (lower.startsWith("note by")) {
            return DocumentKind.NOTE;
        }
        return adopted ? DocumentKind.RESOLUTION : DocumentKind.DOCUMENT;
    }

    /**
     * The title's "dated …", then the adoption date, then the distribution date, then a date alone on the cover
     * or in the adoption lines, then the date closing a note before the text.
     */
    private static LocalDate date(String title, String cover, List<Block> blocks) {
        String adoption = String.join("\n", blocks.stream().filter(b -> b.type() == Block.Type.ADOPTION).map(Block::text).toList());
        for (Matcher m : List.of(DATED.matcher(title), ADOPTED_BY.matcher(cover), DISTRIBUTED.matcher(cover))) {
            if (m.find() && m.group(m.groupCount()) != null) {
                int day = m.groupCount() - 2;
                return parse(m.group(day), m.group(day + 1), m.group(day + 2));
            }
        }
        for (String line : (cover + "\n" + adoption).split("\n")) {
            Matcher alone = DATE_ALONE.matcher(line.strip());
            if (alone.matches()) {
                return parse(alone.group(1), alone.group(2), alone.group(3));
            }
        }
        // A note before the text, dated at its foot (an advance copy's "… under the symbol S/2018/981. 1 November 2018").
        Optional<Matcher> noteDate = blocks.stream().filter(b -> b.type() != Block.Type.COVER).findFirst()
                .map(note -> NOTE_DATE.matcher(note.text())).filter(Matcher::find);
        return noteDate.map(m -> parse(m.group(1), m.group(2), m.group(3))).orElse(null);
    }

    private static LocalDate parse(String day, String month, String year) {
        return UnDates.parse(day + " " + month + " " + year).orElse(null);
    }

    private static String body(String symbol, Optional<String> adoptedBy, String title) {
        if (adoptedBy.isPresent()) {
            return adoptedBy.get();
        }
        String series = SymbolSeries.bodyOf(symbol);
        if (series.isEmpty() && title.contains("President of the Security Council")) {
            return SymbolSeries.SECURITY_COUNCIL;
        }
        return series;
    }

    private static Optional<String> group(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.ofNullable(m.group(group)) : Optional.empty();
    }
}
