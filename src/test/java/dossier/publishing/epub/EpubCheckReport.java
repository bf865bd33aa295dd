package dossier.publishing.epub;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** What the W3C's EPUBCheck says of a book: its counts, and its messages for a failing assertion. */
public record EpubCheckReport(int fatals, int errors, int warnings, String messages) {

    public static EpubCheckReport of(Path book) {
        StringWriter text = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text, true), book.toString(), true);
        new EpubCheck(book.toFile(), report).check();
        return new EpubCheckReport(report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount(),
                text.toString());
    }

    public boolean clean() {
        return fatals == 0 && errors == 0 && warnings == 0;
    }
}
