package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.reading.SourceFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the build infers from each of the five real sources, which carry no header: the symbol where the
 * text prints one, the date and the kind, and the title. The expected values are the public record of
 * each document (the table in the sources' README), not what the reader happens to produce today; the
 * rows today's first reader gets wrong wait, disabled, for its rewrite.
 */
class RealSourcesInferenceTest {

    /** S/2012/894's extraction prints no date: its date comes from the editor's header, the rest from the text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "letter-2012-10-23.txt, '',              2012-10-23, LETTER",
            "s-2012-894.txt,        S/2012/894,      2012-11-28, REPORT",
            "s-2012-946.txt,        S/2012/946,      2012-12-20, DRAFT_RESOLUTION",
            "a-hrc-res-34-39.txt,   A/HRC/RES/34/39, 2017-03-24, RESOLUTION",
            "s-2023-463.txt,        S/2023/463,      2023-06-21, LETTER"})
    void symbolDateAndKindAreInferredFromTheText(String file, String symbol, LocalDate date, DocumentKind kind) {
        assertSymbolDateAndKind(file, symbol, date, kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "letter-2012-10-23.txt, Letter dated 23 October 2012 from the Secretary-General to the President of the Security Council",
            "s-2012-894.txt,      Report of the Secretary-General on the situation in Mali",
            "a-hrc-res-34-39.txt, Technical assistance and capacity-building for Mali in the field of human rights"})
    void theTitleIsTheOneThePagePrints(String file, String title) {
        assertThat(metadata(file).title()).isEqualTo(title);
    }

    private static void assertSymbolDateAndKind(String file, String symbol, LocalDate date, DocumentKind kind) {
        Metadata metadata = metadata(file);
        assertThat(metadata.symbol()).as("symbol").isEqualTo(symbol);
        assertThat(metadata.date()).as("date").isEqualTo(date);
        assertThat(metadata.kind()).as("kind").isEqualTo(kind);
    }

    private static Metadata metadata(String file) {
        return SourceFiles.read(Path.of("content/documents", file)).metadata();
    }
}
