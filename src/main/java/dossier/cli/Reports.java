package dossier.cli;

import dossier.model.Document;
import dossier.model.ReadingReport;
import java.io.PrintWriter;
import java.util.List;

/** Prints what the reader found in each document, for editors: counts first, then anything unusual. */
final class Reports {

    private Reports() {
    }

    static void print(List<Document> documents, PrintWriter out) {
        for (Document document : documents) {
            ReadingReport report = document.report();
            String symbol = document.metadata().symbol().isEmpty() ? "(no symbol)" : document.metadata().symbol();
            out.printf("%-22s %-18s %4d paragraphs, %3d headings, %3d furniture lines removed, "
                            + "%3d inline marks removed, %6d words kept%n",
                    document.slug(), symbol, report.paragraphs(), report.headings(), report.furnitureLines(),
                    report.inlineDebris(), report.words());
            for (String oddity : report.oddities()) {
                out.println("    ! " + oddity);
            }
        }
        out.flush();
    }
}
