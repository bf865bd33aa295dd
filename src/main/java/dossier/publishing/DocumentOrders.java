package dossier.publishing;

import dossier.model.Document;
import dossier.model.NaturalOrder;
import dossier.model.PageAddress;
import dossier.model.UnDates;
import dossier.rendering.DocumentList;
import dossier.rendering.PageBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The scripts of the home page's list. The orders it offers (js/documents.js) are computed here rather than in
 * the script, so that they break ties as {@link Document#ORDER} does: document-orders.js assigns
 * {@code window.dossierDocumentOrders}, each order a list of positions in the page's list (which is in
 * {@link Document#ORDER}). A list grouped by year ({@link DocumentList#split()}) has instead a compact
 * script, document-list.js, counting each part's documents by kind and body for the page's lists, and a
 * script per part giving its documents, each with its rank within its year in each order
 * (js/documents.js).
 */
public final class DocumentOrders {

    /** A script giving the page one global: the file it is written to, and the global's name. */
    private record Script(String file, String global) {

        /** The script's text: the global set to {@code value}, written in JavaScript. */
        String assigning(String value) {
            return "window." + global + " = " + value + ";\n";
        }
    }

    /** The orders of a list on one page. */
    private static final Script ORDERS = new Script(PageAddress.DOCUMENT_ORDERS, "dossierDocumentOrders");
    /** The counts of a list grouped by year. */
    private static final Script LIST = new Script(PageAddress.DOCUMENT_LIST, "dossierDocumentList");
    /** The function a part's script calls with its documents. */
    private static final String PART_GLOBAL = "dossierDocumentPart";

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

    /** Writes the home page's scripts: document-orders.js at the site's root, or those of a list grouped by year. */
    public static void write(Path site, List<Document> documents, PageBudget budget) {
        DocumentList list = DocumentList.of(sorted(documents, Document.ORDER), budget);
        if (!list.split()) {
            write(site, ORDERS.file(), script(documents));
            return;
        }
        List<List<String>> kinds = new ArrayList<>();
        Map<List<String>, Integer> kindOf = new HashMap<>();
        for (Document d : list.documents()) {
            kindOf.computeIfAbsent(List.of(d.metadata().kind().label(), d.metadata().body()), k -> {
                kinds.add(k);
                return kinds.size() - 1;
            });
        }
        write(site, LIST.file(), listScript(list, kinds, kindOf));
        for (DocumentList.Year year : list.years()) {
            Map<String, Map<Document, Integer>> ranks = new LinkedHashMap<>();
            of(year.parts().stream().flatMap(p -> p.documents().stream()).toList()).forEach((order, ordered) -> ranks.put(order,
                    IntStream.range(0, ordered.size()).boxed().collect(Collectors.toMap(ordered::get, i -> i, (a, b) -> a, IdentityHashMap::new))));
            for (DocumentList.Part part : year.parts()) {
                write(site, part.file(), partScript(part, kindOf, ranks));
            }
        }
    }

    /** The compact script: the kinds (a document's kind and body), and each part's year, script and count of each kind. */
    static String listScript(DocumentList list, List<List<String>> kinds, Map<List<String>, Integer> kindOf) {
        String parts = list.years().stream().flatMap(y -> y.parts().stream().map(p -> {
            Map<Integer, Long> counts = p.documents().stream().collect(Collectors.groupingBy(d -> kindOf.get(kindKey(d)),
                    TreeMap::new, Collectors.counting()));
            return "{\"year\":" + Json.quote(y.year()) + ",\"file\":" + Json.quote(p.file()) + ",\"shown\":" + p.shown()
                    + ",\"counts\":[" + counts.entrySet().stream().map(e -> "[" + e.getKey() + "," + e.getValue() + "]")
                    .collect(Collectors.joining(",")) + "]}";
        })).collect(Collectors.joining(",\n"));
        return LIST.assigning("{\"kinds\":[" + kinds.stream()
                .map(k -> "[" + Json.quote(k.get(0)) + "," + Json.quote(k.get(1)) + "]").collect(Collectors.joining(","))
                + "],\n\"parts\":[\n" + parts + "]}");
    }

    /**
     * A part's script: each document as [page, date, date as shown, kind, symbol, title, rank newest first, by
     * symbol, by title], the ranks within its year.
     */
    static String partScript(DocumentList.Part part, Map<List<String>, Integer> kindOf, Map<String, Map<Document, Integer>> ranks) {
        String documents = part.documents().stream().map(d -> "[" + String.join(",", Json.quote(PageAddress.of(d.slug())),
                        Json.quote(d.metadata().date() == null ? "" : d.metadata().date().toString()),
                        Json.quote(d.metadata().date() == null ? "" : UnDates.display(d.metadata().date())),
                        String.valueOf(kindOf.get(kindKey(d))), Json.quote(d.metadata().symbol()), Json.quote(d.metadata().title()),
                        String.valueOf(ranks.get("newest").get(d)), String.valueOf(ranks.get("symbol").get(d)),
                        String.valueOf(ranks.get("title").get(d))) + "]")
                .collect(Collectors.joining(",\n"));
        return "window." + PART_GLOBAL + "(" + part.index() + ", [\n" + documents + "]);\n";
    }

    private static List<String> kindKey(Document d) {
        return List.of(d.metadata().kind().label(), d.metadata().body());
    }

    private static void write(Path site, String file, String script) {
        try {
            Path out = site.resolve(file);
            Files.createDirectories(out.getParent());
            Files.writeString(out, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
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
        return ORDERS.assigning("{" + orders + "}");
    }

    private static List<Document> sorted(List<Document> documents, Comparator<Document> order) {
        return documents.stream().sorted(order).toList();
    }
}
