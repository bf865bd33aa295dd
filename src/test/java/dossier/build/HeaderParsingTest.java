package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.reading.SourceException;
import dossier.reading.SourceFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Optional source headers, JBake's key=value form and YAML front matter, as an editor writes them. */
class HeaderParsingTest {

    private static final Path FILE = Path.of("content/documents/example.txt");
    private static final String TEXT = """
            Letter dated 3 May 2021 from the Permanent Representative of Ruritania
            to the United Nations addressed to the President of the Security Council

            I have the honour to transmit the statement of my Government.
            """;

    private static Document read(String source) {
        return SourceFiles.read(FILE, source.lines().toList());
    }

    @Test
    void aSourceWithoutHeaderKeepsWhatTheTextSays() {
        Metadata metadata = read(TEXT).metadata();

        assertThat(metadata.date()).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(metadata.kind()).isEqualTo(DocumentKind.LETTER);
        assertThat(metadata.title()).startsWith("Letter dated 3 May 2021 from the Permanent Representative of Ruritania");
        assertThat(metadata.symbol()).isEmpty();
    }

    @Test
    void aJBakeHeaderAddsASymbolAndAnAdoption() {
        Document document = read("symbol=S/2021/400\nadopted_as=S/RES/9999(2021)\nstatus=published\n~~~~~~\n" + TEXT);

        assertThat(document.metadata().symbol()).isEqualTo("S/2021/400");
        assertThat(document.metadata().relations()).extracting(Metadata.Relation::symbol).containsExactly("S/RES/9999(2021)");
        assertThat(document.metadata().date()).as("still inferred").isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(document.blocks().get(0).text()).as("the header is not text").startsWith("Letter dated");
    }

    @Test
    void yamlFrontMatterOverridesWhatIsInferred() {
        Metadata metadata = read("""
                ---
                title: Letter from Ruritania on the elections
                date: 2021-05-04
                kind: note
                body: Security Council
                adopted_as:
                  - S/RES/9998(2021)
                  - S/RES/9999(2021)
                ---
                """ + TEXT).metadata();

        assertThat(metadata.title()).isEqualTo("Letter from Ruritania on the elections");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(metadata.kind()).isEqualTo(DocumentKind.NOTE);
        assertThat(metadata.body()).isEqualTo("Security Council");
        assertThat(metadata.relations()).extracting(Metadata.Relation::symbol)
                .containsExactly("S/RES/9998(2021)", "S/RES/9999(2021)");
    }

    @Test
    void aQuotedYamlDateAndAKindWrittenAsALabelAreAccepted() {
        Metadata metadata = read("---\ndate: '2021-05-04'\nkind: Draft resolution\n---\n" + TEXT).metadata();

        assertThat(metadata.date()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(metadata.kind()).isEqualTo(DocumentKind.DRAFT_RESOLUTION);
    }

    @Test
    void keysDossierDoesNotReadAreKeptForTemplatesAsWritten() {
        Document document = read("---\nsymbol: A/RES/80/11\nrecord_id: \"4095050\"\nlanguage: EN\n"
                + "source_pdf: https://digitallibrary.un.org/record/4095050/files/A_RES_80_11-EN.pdf\n---\n" + TEXT);

        assertThat(document.metadata().symbol()).isEqualTo("A/RES/80/11");
        assertThat(document.header()).containsExactly(
                java.util.Map.entry("record_id", "4095050"), java.util.Map.entry("language", "EN"),
                java.util.Map.entry("source_pdf", "https://digitallibrary.un.org/record/4095050/files/A_RES_80_11-EN.pdf"));
        assertThat(read("symbol=S/2021/400\nauthor=Ruritania\n~~~~~~\n" + TEXT).header())
                .containsExactly(java.util.Map.entry("author", "Ruritania"));
    }

    /** A header an editor got wrong: the message names the file, the line, and what is wrong ("; " between its parts). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a bad date in front matter                          | '---\ntitle: A letter\ndate: 3 May 2021\n---\n' | 3 | 3 May 2021",
        "a bad date in a JBake header                        | 'date=2021-13-40\n~~~~~~\n'                       | 1 | 2021-13-40",
        "an unknown kind, with the kinds there are           | '---\nkind: memo\n---\n'                           | 2 | memo; letter",
        "front matter never closed, at the line it opens     | '\n---\ntitle: A letter\n'                         | 2 | never closed",
        "YAML that is not valid, at the line of the mistake  | '---\ntitle: A letter\n  body: indented: twice\n---\n' | 3 | not valid YAML",
        "front matter that is not a mapping                  | '---\n- S/2021/400\n---\n'                         | 2 | mapping",
    })
    void aHeaderMistakeNamesTheFileAndTheLine(String mistake, String header, int line, String said) {
        assertThatThrownBy(() -> read(header + TEXT))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(FILE + ":" + line + ":")
                .hasMessageContainingAll(said.split("; "));
    }

    @Test
    void yamlThatIsNotValidNamesALineOfTheMistakeAndItsColumn() {
        assertThatThrownBy(() -> read("---\ntitle: A letter\ndate: [2021-05-04\nkind: letter\n---\n" + TEXT))
                .isInstanceOf(SourceException.class)
                .hasMessageMatching("\\Q" + FILE + "\\E:[345]: column [0-9]+: front matter is not valid YAML.*");
    }

    @Test
    void aByteOrderMarkBeforeTheFrontMatterDoesNotHideIt() {
        Metadata metadata = read("\uFEFF---\nsymbol: S/2021/400\n---\n" + TEXT).metadata();

        assertThat(metadata.symbol()).isEqualTo("S/2021/400");
    }
}
