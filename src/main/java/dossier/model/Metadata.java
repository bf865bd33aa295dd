package dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a document: inferred from its text, then overridden by its header.
 *
 * @param symbol    UN document symbol, e.g. "S/2012/894"; empty when the text prints none
 * @param title     the document's title as printed
 * @param date      the document's date
 * @param kind      letter, report, resolution …
 * @param body      issuing body, e.g. "Security Council"; empty when unknown
 * @param relations relations an editor declared, e.g. adopted as S/RES/2085(2012)
 */
public record Metadata(String symbol, String title, LocalDate date, DocumentKind kind, String body,
                       List<Relation> relations) {

    public Metadata {
        symbol = symbol == null ? "" : symbol;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        relations = List.copyOf(relations);
    }

    /** How a reader names the document in a list: its symbol, or its title when the text prints no symbol. */
    public String displayName() {
        return displayName(symbol, title);
    }

    /** The one rule for naming a document, or a part of one, in a list: the symbol, or the title where none is printed. */
    public static String displayName(String symbol, String title) {
        return symbol.isEmpty() ? title : symbol;
    }

    public Optional<String> symbolIfPrinted() {
        return symbol.isEmpty() ? Optional.empty() : Optional.of(symbol);
    }

    /** A typed link to another document, e.g. ("adopted as", "S/RES/2085(2012)"). */
    public record Relation(String label, String symbol) {
    }
}
