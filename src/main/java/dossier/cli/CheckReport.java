package dossier.cli;

import dossier.annotation.timeline.Timeline;
import dossier.model.Document;
import dossier.model.ReadingReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code dossier check} prints for each document, for editors: what was found, what was removed as
 * page furniture, the footnotes and whether each is linked to its marker, paragraph numbering that
 * restarts in each section, then anything unusual with its line (markers left unlinked say why).
 */
final class CheckReport {

    private CheckReport() {
    }

    static void print(List<Document> documents, PrintWriter out) {
        for (Document document : documents) {
            ReadingReport report = document.report();
            String symbol = document.metadata().symbol().isEmpty() ? "(no symbol)" : document.metadata().symbol();
            out.printf("%s  %s%n", document.slug(), symbol);
            out.printf("    %d paragraphs, %d headings, %d words kept%n", report.paragraphs(), report.headings(), report.words());
            out.printf("    running heads removed: %d furniture lines (symbols, job numbers, barcodes, page numbers, rules), "
                    + "%d title lines repeated at page breaks; %d inline marks removed%n",
                    report.furnitureLines(), report.runningTitleLines(), report.inlineDebris());
            out.printf("    footnotes: %d found, %d linked to their marker and back%s%n", report.footnotes(),
                    report.footnotesLinked(), report.footnotesLinked() < report.footnotes() ? " (see below)" : "");
            out.printf("    pages: %d found, %d lines joined to the paragraph before a page break, %d tables, "
                    + "%d pages read column by column, %d words rejoined%n", report.pages(), report.joinedAcrossPages(),
                    report.tables(), report.columnPages(), report.wordsRejoined());
            if (!report.restarts().isEmpty()) {
                out.printf("    paragraph numbering restarts under section %s: anchors name the section (sec-ii-para-1)%n",
                        String.join(", ", report.restarts()));
            }
            for (String oddity : report.oddities()) {
                out.println("    ! " + oddity);
            }
            Timeline.inferredYears(document).forEach(year -> out.println("    year inferred: " + year));
        }
        out.flush();
    }
}
