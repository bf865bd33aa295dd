package dossier.publishing.citation;

import dossier.publishing.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * CSL-JSON, the items citeproc and Zotero read: an array of {@code report} items, the symbol as
 * {@code number}, the issuing body as the (institutional) author and the United Nations as publisher.
 */
final class CslJson {

    private CslJson() {
    }

    static String write(List<Reference> references) {
        List<String> items = new ArrayList<>();
        for (Reference r : references) {
            List<String> fields = new ArrayList<>();
            fields.add(pair("id", r.key()));
            fields.add(pair("type", "report"));
            fields.add(pair("title", r.title()));
            fields.add("\"author\": [{" + pair("literal", r.institution()) + "}]");
            fields.add(pair("publisher", Reference.PUBLISHER));
            if (!r.symbol().isEmpty()) {
                fields.add(pair("number", r.symbol()));
            }
            fields.add(pair("genre", r.kind()));
            if (r.date() != null) {
                fields.add("\"issued\": {\"date-parts\": [[" + r.date().getYear() + ", " + r.date().getMonthValue()
                        + ", " + r.date().getDayOfMonth() + "]]}");
            }
            fields.add(pair("language", r.language()));
            r.pageUrl().ifPresent(url -> fields.add(pair("URL", url)));
            items.add("  {\n    " + String.join(",\n    ", fields) + "\n  }");
        }
        return "[\n" + String.join(",\n", items) + "\n]\n";
    }

    private static String pair(String name, String value) {
        return Json.quote(name) + ": " + Json.quote(value);
    }
}
