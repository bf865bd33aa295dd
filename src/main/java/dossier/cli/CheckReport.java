package dossier.cli;

import dossier.annotation.timeline.Timeline;
import dossier.model.Document;
import dossier.model.ReadingReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * What the reader found in each document, for editors. {@code dossier check} prints it in full: what was
 * found, what was removed as page furniture, the footnotes and whether each is linked to its marker,
 * paragraph numbering that restarts in each section, then anything unusual with its line (markers left
 * unlinked say why). {@code dossier build --verbose} prints a line a document and the unusual.
 */
final class CheckReport {

    private CheckReport() {
    }

    static void print(List<Document> documents, PrintWriter out) {
        for (Document document : documents) {
            ReadingReport report = document.report();
            out.printf("%s  %s%n", document.slug(), symbol(document));
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
            printOddities(report, out);
            Timeline.inferredYears(document).forEach(year -> out.println("    year inferred: " + year));
        }
        out.flush();
    }

    /** A line a document (counts), each followed by anything unusual. */
    static void printSummary(List<Document> documents, PrintWriter out) {
        for (Document document : documents) {
            ReadingReport report = document.report();
            out.printf("%-22s %-18s %4d paragraphs, %3d headings, %3d furniture lines removed, "
                            + "%3d inline marks removed, %6d words kept%n",
                    document.slug(), symbol(document), report.paragraphs(), report.headings(), report.furnitureLines(),
                    report.inlineDebris(), report.words());
            printOddities(report, out);
        }
        out.flush();
    }

    private static String symbol(Document document) {
        return document.metadata().symbol().isEmpty() ? "(no symbol)" : document.metadata().symbol();
    }

    private static void printOddities(ReadingReport report, PrintWriter out) {
        for (String oddity : report.oddities()) {
            out.println("    ! " + oddity);
        }
    }
}
