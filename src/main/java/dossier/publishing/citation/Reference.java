package dossier.publishing.citation;

import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.publishing.web.PublicAddress;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One document as reference managers see it: a report of the United Nations, its symbol the report number.
 * Every citation format and the page's citation_* meta tags are written from this record alone.
 *
 * @param key         a key unique in the dossier: the page name ("s-2012-894")
 * @param symbol      the UN symbol; empty when the document prints none
 * @param title       the title, on one line
 * @param date        the document's date, or null when unknown
 * @param kind        "Report", "Letter" …
 * @param body        the issuing body; empty when unknown
 * @param language    the language of the text, as a lower-case code ("en")
 * @param pageUrl     the page's public address, only for a site that has one
 * @param pdfUrl      the official PDF's address, when the source's header gives it ({@code source_pdf})
 */
public record Reference(String key, String symbol, String title, LocalDate date, String kind, String body,
                        String language, Optional<String> pageUrl, Optional<String> pdfUrl) {

    /** The organization every document of a dossier comes from. */
    public static final String PUBLISHER = "United Nations";
    /** The header keys of another extractor that dossier reads for citations (the GA corpus writes both). */
    static final String LANGUAGE_KEY = "language";
    static final String PDF_KEY = "source_pdf";
    /** The language of the texts when the header does not say: dossier publishes the English versions. */
    static final String DEFAULT_LANGUAGE = "en";

    public static Reference of(Document document, PublicAddress address) {
        var metadata = document.metadata();
        String language = document.header().get(LANGUAGE_KEY) instanceof String code && !code.isBlank()
                ? code.strip().toLowerCase(Locale.ROOT) : DEFAULT_LANGUAGE;
        Optional<String> pdf = document.header().get(PDF_KEY) instanceof String url && url.strip().startsWith("https://")
                ? Optional.of(url.strip()) : Optional.empty();
        Optional<String> page = address.isSet() ? Optional.of(address.of(PageAddress.of(document.slug()))) : Optional.empty();
        return new Reference(document.slug(), metadata.symbol(), oneLine(metadata.title()), metadata.date(),
                metadata.kind().label(), oneLine(metadata.body()), language, page, pdf);
    }

    /** The publisher of every document: the United Nations. */
    public String publisher() {
        return PUBLISHER;
    }

    /** "United Nations Security Council": the institution that issued the report, the body named when known. */
    public String institution() {
        if (body.isEmpty()) {
            return PUBLISHER;
        }
        return body.startsWith(PUBLISHER) ? body : PUBLISHER + " " + body;
    }

    /** The date as Highwire Press tags and RIS write it, "2012/11/28"; empty when unknown. */
    public String slashedDate() {
        return date == null ? "" : String.format(Locale.ROOT, "%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
