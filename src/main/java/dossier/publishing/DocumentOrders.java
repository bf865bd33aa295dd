package dossier.publishing;

import dossier.model.Document;
import dossier.model.NaturalOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The orders the home page's list offers (js/documents.js), computed here rather than in the script, so
 * that they break ties as {@link Document#ORDER} does: document-orders.js assigns
 * {@code window.dossierDocumentOrders}, each order a list of positions in the page's list (which is in
 * {@link Document#ORDER}).
 */
public final class DocumentOrders {

    public static final String FILE = "document-orders.js";
    public static final String GLOBAL = "dossierDocumentOrders";

    private DocumentOrders() {
    }

    /** Each order's name (the value of the page's "order" list) and its documents, every order ending in {@link Document#ORDER}. */
    public static Map<String, List<Document>> of(List<Document> documents) {
        Collator words = Collator.getInstance(Locale.ENGLISH);
        words.setStrength(Collator.PRIMARY);
        Comparator<Document> byDate = Comparator.comparing((Document d) -> d.metadata().date(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        Map<String, List<Document>> orders = new LinkedHashMap<>();
        orders.put("oldest", sorted(documents, Document.ORDER));
        orders.put("newest", sorted(documents, byDate.thenComparing(Document.ORDER)));
        orders.put("symbol", sorted(documents, Comparator.comparing((Document d) -> d.metadata().symbol().isEmpty())
                .thenComparing(d -> d.metadata().symbol(), NaturalOrder.INSTANCE).thenComparing(Document.ORDER)));
        orders.put("title", sorted(documents, Comparator.comparing((Document d) -> d.metadata().title(), words)
                .thenComparing(Document.ORDER)));
        return orders;
    }

    /** Writes document-orders.js at the site's root. */
    public static void write(Path site, List<Document> documents) {
        try {
            Files.writeString(site.resolve(FILE), script(documents), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
    }

    static String script(List<Document> documents) {
        List<Document> listed = sorted(documents, Document.ORDER);
        Map<Document, Integer> position = IntStream.range(0, listed.size()).boxed()
                .collect(Collectors.toMap(listed::get, i -> i, (first, same) -> first, IdentityHashMap::new));
        String orders = of(listed).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":[" + e.getValue().stream().map(d -> String.valueOf(position.get(d)))
                        .collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(",\n"));
        return "window." + GLOBAL + " = {" + orders + "};\n";
    }

    private static List<Document> sorted(List<Document> documents, Comparator<Document> order) {
        return documents.stream().sorted(order).toList();
    }
}
