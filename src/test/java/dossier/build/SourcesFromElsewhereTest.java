package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources as editors get them from elsewhere build as they are: real files of another extractor (their
 * own header keys, capitalised names), names with spaces and accents, a byte-order mark, Windows line
 * endings, Windows-1252 and UTF-16 text, text with no UN structure, and names and symbols crafted to
 * climb out of the output folder. The same content built twice gives the same bytes, zip included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesFromElsewhereTest {

    private static final Path CORPUS = RealTexts.CORPUS;

    @TempDir
    static Path dossier;
    @TempDir
    static Path elsewhere;

    private Path site;
    private List<String> corpusFiles;

    @BeforeAll
    void build() throws IOException {
        Path documents = dossier.resolve("content/documents");
        Files.createDirectories(documents);
        try (Stream<Path> files = Files.list(CORPUS)) {
            corpusFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().limit(3).toList();
        }
        for (String name : corpusFiles) {
            Files.copy(CORPUS.resolve(name), documents.resolve(name));
        }
        Files.writeString(dossier.resolve("jbake.properties"), "dossier.title=Elsewhere\ndossier.name=../../escape\n");
        Files.write(documents.resolve("Letter of 21 June 2023.txt"), ("\uFEFF" + SmallDossier.LETTER.replace("S/2021/400", "S/2023/401"))
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Files.write(documents.resolve("lettre-été.txt"), ("S/2021/402\n\nLettre datée du 3 mai 2021, déposée au Conseil.\n")
                .getBytes(Charset.forName("windows-1252")));
        Files.write(documents.resolve("UTF16.txt"), ("\uFEFFS/2021/403\n\nA letter saved as UTF-16 by a word processor.\n")
                .getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(documents.resolve("plain.txt"), "Some words without any structure at all.\n\nAnd a second paragraph.\n");
        Files.writeString(documents.resolve("%2F..%2Fclimb.txt"), "---\nsymbol: ../../../climb\ntitle: ../../x\n---\nClimbing text.\n");
        site = dossier.resolve("output");
        Pipeline.build(SmallDossier.options(dossier));
    }

    @Test
    void everySourceHasItsPageUnderItsPageName() throws IOException {
        List<String> pages = new ArrayList<>(corpusFiles.stream().map(n -> n.replace(".txt", "").toLowerCase()).toList());
        pages.addAll(List.of("letter-of-21-june-2023", "lettre-ete", "utf16", "plain", "2f-2fclimb"));
        for (String page : pages) {
            assertThat(site.resolve("documents/" + page + ".html")).as(page).isRegularFile();
        }
        try (var parts = Files.list(site.resolve("search"))) {
            String index = parts.map(p -> p.toFile()).map(f -> {
                try {
                    return Files.readString(f.toPath());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.joining());
            assertThat(index).contains("letter-of-21-june-2023", "lettre-ete");
        }
    }

    @Test
    void convertedTextKeepsEveryWord() throws IOException {
        assertThat(text("lettre-ete")).contains("Lettre datée du 3 mai 2021, déposée au Conseil.");
        assertThat(text("utf16")).contains("A letter saved as UTF-16 by a word processor.");
        assertThat(text("letter-of-21-june-2023")).contains("I have the honour to transmit").doesNotContain("\r", "\uFEFF");
        assertThat(text("plain")).contains("Some words without any structure at all.", "And a second paragraph.");
    }

    @Test
    void theCorpusHeaderKeysDoNotStopTheBuildAndItsSymbolsAreRead() throws IOException {
        String first = corpusFiles.get(0);
        String symbol = Files.readAllLines(CORPUS.resolve(first)).get(1).replace("symbol: ", "");
        assertThat(Jsoup.parse(site.resolve("documents/" + first.replace(".txt", "").toLowerCase() + ".html").toFile())
                .select(".document-meta .symbol").text()).isEqualTo(symbol);
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolderOrTheZipsTopFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dossier)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !f.startsWith(site) && !f.startsWith(dossier.resolve("content"))
                    && !f.getFileName().toString().equals("jbake.properties")).toList()).as("files beside the site").isEmpty();
        }
        List<Path> zips;
        try (Stream<Path> files = Files.list(site)) {
            zips = files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList();
        }
        assertThat(zips).hasSize(1);
        String top = zips.get(0).getFileName().toString().replace(".zip", "/");
        assertThat(top).doesNotContain("..").matches("[a-z0-9-]+/");
        for (String entry : zipEntries(zips.get(0))) {
            assertThat(entry).startsWith(top).doesNotContain("..");
        }
    }

    @Test
    void twoBuildsOfTheSameContentGiveTheSameBytesZipIncluded() throws IOException {
        Path again = elsewhere.resolve("again");
        Pipeline.build(new BuildOptions(dossier, again, SmallDossier.theme()));
        Map<Path, byte[]> first = SmallDossier.snapshot(site);
        Map<Path, byte[]> second = SmallDossier.snapshot(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as("%s", file).isEqualTo(bytes));
    }

    private String text(String page) throws IOException {
        return Jsoup.parse(site.resolve("documents/" + page + ".html").toFile()).getElementById("document-text").text();
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
