package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A title that says what the document is heads the page, whichever of the letter openings it starts with. */
class KindTitlesTest {

    private static Document read(String... lines) {
        return DocumentReader.read(Path.of("s-2013-999.txt"), List.of(lines));
    }

    /** The line under a sender's name says what the document is: the title goes on there, as under a mission's name. */
    @Test
    void a_note_verbale_is_titled_like_a_letter() {
        Document document = read(
                "United Nations S/2013/999",
                "Security Council Distr.: General",
                "3 May 2013",
                "Original: English",
                "",
                "Permanent Mission of Freedonia",
                "",
                "Note verbale dated 3 May 2013 from the Permanent Mission of Freedonia",
                "",
                "The Permanent Mission of Freedonia to the United Nations presents its compliments to the Secretary-General "
                        + "and has the honour to transmit the report of its Government.");
        assertThat(Outline.of(document.blocks())).filteredOn(line -> !line.strip().startsWith("COVER")).first().isEqualTo("TITLE | Permanent Mission of Freedonia Note verbale dated 3 May 2013 from the "
                + "Permanent Mission of Freedonia");
    }
}
