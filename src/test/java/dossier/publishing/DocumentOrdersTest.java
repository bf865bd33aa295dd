package dossier.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The home page's orders (document-orders.js) against the dossier's own order, Document.ORDER. */
class DocumentOrdersTest {

    private static Document document(String slug, String symbol, String title, LocalDate date) {
        return new Document(slug, new Metadata(symbol, title, date, DocumentKind.REPORT, "", List.of()), List.of(),
                new ReadingReport(0, 0, 0, List.of()));
    }

    /** Two documents of one day whose symbols sort against their page names, one undated, one with no symbol. */
    private static final Document B = document("b-report", "S/2012/900", "Zeta report", LocalDate.of(2012, 11, 28));
    private static final Document A = document("a-report", "S/2012/950", "alpha report", LocalDate.of(2012, 11, 28));
    private static final Document OLD = document("old", "S/2012/10", "Éclairage", LocalDate.of(2012, 1, 5));
    private static final Document UNDATED = document("undated", "", "Beta note", null);

    private static List<String> slugs(List<Document> documents) {
        return documents.stream().map(Document::slug).toList();
    }

    @Test
    void each_order_breaks_its_ties_as_the_dossiers_order_does_and_leaves_undated_documents_last() {
        var orders = DocumentOrders.of(List.of(UNDATED, B, OLD, A));

        assertThat(slugs(orders.get("oldest"))).containsExactly("old", "a-report", "b-report", "undated");
        assertThat(slugs(orders.get("newest"))).containsExactly("a-report", "b-report", "old", "undated");
        // Numbers by value (10 before 900), a document without symbol last.
        assertThat(slugs(orders.get("symbol"))).containsExactly("old", "b-report", "a-report", "undated");
        // Case and accents aside, as a reader files titles.
        assertThat(slugs(orders.get("title"))).containsExactly("a-report", "undated", "old", "b-report");
    }

    @Test
    void the_script_gives_each_order_as_positions_in_the_pages_list() {
        String script = DocumentOrders.script(List.of(UNDATED, B, OLD, A));

        assertThat(script).startsWith("window.dossierDocumentOrders = {")
                .contains("\"oldest\":[0,1,2,3]", "\"newest\":[1,2,0,3]", "\"symbol\":[0,2,1,3]", "\"title\":[1,3,0,2]");
    }

    @Test
    void on_the_real_dossier_every_order_lists_every_document_and_newest_keeps_the_dossiers_order_within_a_day() {
        List<Document> documents = Pipeline.read(new BuildOptions(Path.of("."), Path.of("output"), Path.of(".")));
        var orders = DocumentOrders.of(documents);
        List<Document> listed = documents.stream().sorted(Document.ORDER).toList();

        assertThat(orders.get("oldest")).isEqualTo(listed);
        orders.values().forEach(order -> assertThat(order).containsExactlyInAnyOrderElementsOf(listed));
        List<Document> newest = orders.get("newest");
        for (int i = 1; i < newest.size(); i++) {
            Document before = newest.get(i - 1);
            Document after = newest.get(i);
            if (before.metadata().date() != null && after.metadata().date() != null) {
                assertThat(before.metadata().date()).isAfterOrEqualTo(after.metadata().date());
            }
            if (Objects.equals(before.metadata().date(), after.metadata().date())) {
                assertThat(Document.ORDER.compare(before, after)).as("%s before %s", before.slug(), after.slug()).isNegative();
            }
        }
    }
}
