package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.reading.SourceBytes;
import dossier.reading.SourceCheck;
import dossier.reading.SourceException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad source an editor may drop into a dossier: each stops the build with one message
 * naming the file and the line, and the site built before stays byte for byte as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadSourcesTest {

    @TempDir
    static Path dossier;

    private Map<Path, byte[]> before;
    private Path documents;

    @BeforeAll
    void buildTheGoodSite() {
        SmallDossier.writeInto(dossier);
        documents = dossier.resolve("content/documents");
        Pipeline.build(SmallDossier.options(dossier));
        before = SmallDossier.snapshot(dossier.resolve("output"));
    }

    /** Each case adds its own bad files; they go, so the next case starts from the good dossier. */
    @AfterEach
    void removeTheBadFiles() throws IOException {
        try (var files = Files.walk(dossier.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!List.of("s-2021-400.txt", "s-res-9999.txt", "about.md").contains(name)) {
                    Files.delete(file);
                }
            }
        }
        assertThat(SmallDossier.snapshot(dossier.resolve("output"))).as("the old site").containsOnlyKeys(before.keySet());
        SmallDossier.snapshot(dossier.resolve("output")).forEach((file, bytes) -> assertThat(bytes).as("%s", file).isEqualTo(before.get(file)));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertBuildFails() {
        return assertThatThrownBy(() -> Pipeline.build(SmallDossier.options(dossier))).isInstanceOf(SourceException.class);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = documents.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void anEmptyFile() throws IOException {
        Path empty = write("s-2021-500.txt", new byte[0]);
        assertBuildFails().hasMessage(empty + ":1: the file is empty; put the document's text in it, or remove it");
    }

    @Test
    void aBinaryFileSavedAsText() throws IOException {
        Path png = write("scan.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertBuildFails().hasMessageStartingWith(png + ":3: a binary file, not text").hasMessageContaining("export the document as plain text");
    }

    @Test
    void bytesNeitherUtf8NorWindows1252NameTheirLine() throws IOException {
        Path bad = write("s-2021-501.txt", "S/2021/501\n\nLetter dated 3 May 2021\n\nBad byte \u0081 here\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertBuildFails().hasMessageStartingWith(bad + ":5: not UTF-8 text").hasMessageContaining("save the file as UTF-8");
    }

    @Test
    void aYamlSyntaxErrorNamesLineAndColumn() throws IOException {
        Path bad = write("s-2021-502.txt", "---\nsymbol: S/2021/502\ntitle: [Letter: of 3 May\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertBuildFails().hasMessageStartingWith(bad + ":3: column 25:").hasMessageContaining("not valid YAML");
    }

    @Test
    void aMalformedValueOfAKnownKeyNamesItsLine() throws IOException {
        Path bad = write("s-2021-503.txt", "---\nsymbol: S/2021/503\nkind: memo\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertBuildFails().hasMessageStartingWith(bad + ":3:").hasMessageContaining("memo");
    }

    @Test
    void twoSourcesClaimingOneSymbol() throws IOException {
        Path copy = write("z-copy.txt", SmallDossier.LETTER.getBytes(StandardCharsets.UTF_8));
        assertBuildFails().hasMessage(copy + ":1: same UN symbol S/2021/400 as " + documents.resolve("s-2021-400.txt")
                + "; correct 'symbol' in the header of one of them, or remove the copy");
    }

    @Test
    void twoSourcesWithOnePageName() throws IOException {
        Path upper = write("S 2021 400.txt", "Another text.\n".getBytes(StandardCharsets.UTF_8));
        assertBuildFails().hasMessage(documents.resolve("s-2021-400.txt") + ":1: same page name 's-2021-400' as " + upper
                + "; rename one of them");
    }

    @Test
    void aFileNameWithNoLetterOrDigit() throws IOException {
        Path dashes = write("---.txt", "Some text.\n".getBytes(StandardCharsets.UTF_8));
        assertBuildFails().hasMessageStartingWith(dashes + ":1: the file name gives no page name");
    }

    @Test
    void aSourceAboveTheSizeLimitIsRefusedNamingTheLimit() throws IOException {
        Path huge = documents.resolve("s-2021-504.txt");
        byte[] line = "The Security Council recalls its resolutions and decides to remain seized of the matter.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {  // not a write a line
            for (long written = 0; written <= 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertBuildFails().hasMessage(huge + ":1: file is 50 MB, above the limit of " + SourceBytes.MAX_BYTES / (1024 * 1024)
                + " MB for one source; split it into its documents");
    }

    @Test
    void everyProblemOfEverySourceIsReportedInOneRun() throws IOException {
        Path empty = write("a-empty.txt", new byte[0]);
        Path badDate = write("b-date.txt", "---\ndate: 3 May 2021\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
        Path binary = write("c-binary.txt", new byte[] {'G', 'I', 'F', 0, 1});
        assertBuildFails().hasMessageStartingWith("3 problems in the sources:")
                .hasMessageContaining(empty + ":1: the file is empty")
                .hasMessageContaining(badDate + ":2: date '3 May 2021'")
                .hasMessageContaining(binary + ":1: a binary file");
    }

    /** The header is parsed once, as the reading sees it: one behind a mark saved twice is checked with the rest. */
    @Test
    void aHeaderBehindASecondByteOrderMarkIsCheckedWithEveryOtherSource() throws IOException {
        Path empty = write("a-empty.txt", new byte[0]);
        byte[] twoMarks = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\ndate: 3 May 2021\n---\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[twoMarks.length + text.length];
        System.arraycopy(twoMarks, 0, bytes, 0, twoMarks.length);
        System.arraycopy(text, 0, bytes, twoMarks.length, text.length);
        Path marked = write("b-marked.txt", bytes);
        assertBuildFails().hasMessageStartingWith("2 problems in the sources:")
                .hasMessageContaining(empty + ":1: the file is empty")
                .hasMessageContaining(marked + ":2: date '3 May 2021' is not a date of the form 2012-11-28");
    }

    @Test
    void aNoteOnAMissingDocumentOrParagraphNamesItsLineAndEveryNoteIsChecked() {
        Path missingDocument = dossier.resolve("content/notes/a.md");
        Path missingParagraph = dossier.resolve("content/notes/b.md");
        SmallDossier.write(missingDocument, "---\ntitle: On a letter\ndocument: S/2021/999\n---\nA note.\n");
        SmallDossier.write(missingParagraph, "---\ndocument: S/2021/400\nparagraph: para-99\n---\nA note.\n");
        assertBuildFails().hasMessageContaining(missingDocument + ":3: no document 'S/2021/999'")
                .hasMessageContaining(missingParagraph + ":3: document s-2021-400 has no paragraph 'para-99'");
    }

    @Test
    void aGlossaryEntryPointingAtNoEntryNamesItsLine() {
        Path glossary = dossier.resolve("content/glossary.yml");
        SmallDossier.write(glossary, "acronyms:\n  REB:\n    expansion: Ruritanian Electoral Board\n    see_also: [XYZ]\n");
        assertBuildFails().hasMessageStartingWith(glossary + ":").hasMessageContaining("XYZ");
    }

    @Test
    void nearMissesOfKnownKeysAreWarnedWithTheirLineOthersAreNot() throws IOException {
        Path file = write("s-2021-505.txt", ("---\ntitel: A letter\nrecord_id: \"4095050\"\nDate: 2021-05-03\n---\n"
                + SmallDossier.LETTER).getBytes(StandardCharsets.UTF_8));
        assertThat(SourceCheck.of(List.of(file)).warnings()).containsExactly(
                file + ":2: header key 'titel': did you mean 'title'? (dossier does not read 'titel'; it is kept for templates only)",
                file + ":4: header key 'Date': did you mean 'date'? (dossier does not read 'Date'; it is kept for templates only)");
        Files.delete(file);
    }

    @Test
    void conversionsAreSaid() throws IOException {
        Path latin = write("s-2021-506.txt", "Lettre d\u00e9pos\u00e9e\n".getBytes(Charset.forName("windows-1252")));
        Path utf16 = write("s-2021-507.txt", "\uFEFFA letter\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(SourceCheck.of(List.of(latin, utf16)).warnings()).containsExactly(
                latin + ":1: not UTF-8 (line 1), read as Windows-1252; check its accents and save it as UTF-8",
                utf16 + ":1: UTF-16 text, converted; save it as UTF-8");
        Files.delete(latin);
        Files.delete(utf16);
    }
}
