package dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A report of a small test dossier: numbered paragraphs "para-1" …, symbol "S/" and the slug, title "Title " and the slug. */
public final class SmallReports {

    private SmallReports() {
    }

    public static Document report(String slug, LocalDate date, String... paragraphs) {
        List<Block> blocks = Stream.iterate(1, i -> i + 1).limit(paragraphs.length)
                .map(i -> Block.paragraph("para-" + i, paragraphs[i - 1])).toList();
        return new Document(slug, new Metadata("S/" + slug, "Title " + slug, date, DocumentKind.REPORT, "", List.of()),
                blocks, new ReadingReport(blocks.size(), 0, 0, List.of()));
    }
}
