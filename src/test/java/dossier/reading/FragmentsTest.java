package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A piece of a sentence an OCR layer moved onto a line of its own looks like a heading; it reads as a clause, and is none. */
class FragmentsTest {

    @Test
    void a_short_line_that_reads_as_a_clause_before_a_numbered_paragraph_is_no_heading_but_a_name_is() {
        Document document = InventedReport.read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The parties met in March.",
                "",
                "However, it has continued",
                "",
                "2. The commission met twice.",
                "",
                "UNMOT is in touch with the local",
                "",
                "3. The mission reopened its offices.",
                "",
                "Military issues",
                "",
                "4. The parties exchanged lists of prisoners.");
        assertThat(Outline.of(document.blocks())).contains(
                "PARAGRAPH #p-1 | However, it has continued",
                "PARAGRAPH #p-2 | UNMOT is in touch with the local",
                "HEADING #sec-military-issues | Military issues");
        assertThat(document.anchoredBlocks()).extracting(Block::anchor).contains("para-1", "para-2", "para-3", "para-4");
    }

    @Test
    void the_scanned_tajikistan_report_shows_no_clause_as_a_heading() {
        Document tajikistan = ScReports.named("S-1999-514.txt").document();
        List<String> headings = tajikistan.blocks().stream().filter(b -> b.type() == Block.Type.HEADING).map(Block::text).toList();
        assertThat(headings).contains("Constitutional reform", "Military issues", "Contact Group", "Refugees")
                .noneMatch(Markers::clause)
                .doesNotContain("However, it has continued", "UNMOT is in touch with the local", "UNMOT's activities, which");
    }
}
