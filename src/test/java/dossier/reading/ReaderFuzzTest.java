package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dossier.rendering.PageContract;
import dossier.corpus.RealTexts;
import dossier.model.Document;
import dossier.rendering.DocumentHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Element;

/**
 * The reader, fuzzed on the real sources (the dossier's and the corpus): random paragraphs of words,
 * random page furniture and random bytes inserted anywhere never crash or hang it, and every word it
 * read from the source before still reaches the page (as often as before: where furniture lands between a
 * footnote rule and the footnotes, the footnotes are read as paragraphs, so words may move, not go). Tries are few so that the whole test
 * takes seconds under {@code mvn verify}; an input that ever broke the reader is kept as an example.
 */
class ReaderFuzzTest {

    private static final Duration PER_SOURCE = Duration.ofSeconds(10);
    private static final List<Path> SOURCES = sourceFiles();

    /** A real source and what its reading puts on the page, unmodified. */
    record Source(Path file, List<String> lines, List<String> words) {
        @Override
        public String toString() {
            return file.toString();
        }
    }

    private static final List<Source> READ = SOURCES.stream().map(ReaderFuzzTest::baseline).toList();

    @Property(tries = 40)
    void aParagraphOfRandomWordsBetweenParagraphsLosesNoWord(@ForAll("sources") Source source,
                                                              @ForAll("paragraphBreaks") double where,
                                                              @ForAll("randomWords") String paragraph) {
        assertKeepsEveryWord(source, insertBetweenParagraphs(source.lines(), where, List.of("", paragraph, "")));
    }

    @Property(tries = 40)
    void randomPageFurnitureLosesNoWord(@ForAll("sources") Source source, @ForAll("paragraphBreaks") double where,
                                        @ForAll("furniture") List<String> furniture) {
        List<String> inserted = new ArrayList<>(List.of(""));
        inserted.addAll(furniture);
        inserted.add("");
        assertKeepsEveryWord(source, insertBetweenParagraphs(source.lines(), where, inserted));
    }

    @Property(tries = 40)
    void randomBytesAnywhereAreReadOrRefusedNeverACrash(@ForAll("sources") Source source, @ForAll("paragraphBreaks") double where,
                                                        @ForAll("bytes") byte[] noise) throws IOException {
        byte[] original = Files.readAllBytes(source.file());
        int at = (int) (where * original.length);
        byte[] bytes = new byte[original.length + noise.length];
        System.arraycopy(original, 0, bytes, 0, at);
        System.arraycopy(noise, 0, bytes, at, noise.length);
        System.arraycopy(original, at, bytes, at + noise.length, original.length - at);
        assertTimeoutPreemptively(PER_SOURCE, () -> {
            try {
                DocumentHtml.render(SourceFiles.read(source.file(), SourceBytes.decode(source.file(), bytes).lines()));
            } catch (SourceException refused) {
                assertThat(refused.getMessage()).startsWith(source.file() + ":");
            }
        });
    }

    /** Found by the fuzzer: a paragraph "a" between a footnote rule and the footnote turns the footnote into a paragraph. */
    @Example
    void aWordBetweenAFootnoteRuleAndItsFootnote() {
        keepsEveryWordWith("A-RES-80-2.txt", 0.69, "", "a", "");
    }

    /** Found by the fuzzer: a page number "1/1" right after a footnote rule; the footnotes are then read as paragraphs. */
    @Example
    void aPageNumberBetweenAFootnoteRuleAndItsFootnotes() {
        keepsEveryWordWith("A-RES-80-3.txt", 0.33, "", "1/1", "");
    }

    /** Found by the fuzzer: a page number among the footnotes; their markers are then read as text. */
    @Example
    void aPageNumberAmongTheFootnotes() {
        keepsEveryWordWith("A-RES-80-18.txt", 0.6, "", "1/1", "");
    }

    /** Found by the fuzzer: a page number after the footnotes; a marker run into its word is then found. */
    @Example
    void aPageNumberAfterTheFootnotes() {
        keepsEveryWordWith("A-RES-80-20.txt", 0.68, "", "1/1", "");
    }

    /**
     * Found by the fuzzer: a page number "1/1" inside the masthead of A/RES/80/13 left "Resolution adopted by
     * the General Assembly …" outside it, taken for the title; "The General Assembly," then read as its
     * running head and dropped.
     */
    @Example
    void aStrayMarkAndAPageNumberNearTheCover() {
        keepsEveryWordWith("A-RES-80-13.txt", 0.09, "", "**", "1/1", "");
    }

    /**
     * Found by the fuzzer: a word "a" inside the masthead of A/RES/80/14 left "Resolution adopted by …" and
     * "[on the report of …]" outside it; the first was taken for the title, and "The General Assembly," then read
     * as its running head and dropped.
     */
    @Example
    void aWordInsideTheMasthead() {
        keepsEveryWordWith("A-RES-80-14.txt", 0.0, "", "a", "");
    }

    /** The resolution named, with the lines given inserted between its paragraphs at {@code at} of the way, keeps every word. */
    private static void keepsEveryWordWith(String name, double at, String... inserted) {
        Source resolution = source(name);
        assertKeepsEveryWord(resolution, insertBetweenParagraphs(resolution.lines(), at, List.of(inserted)));
    }

    private static Source source(String name) {
        return READ.stream().filter(s -> s.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    private static void assertKeepsEveryWord(Source source, List<String> lines) {
        List<String> words = assertTimeoutPreemptively(PER_SOURCE, () -> words(SourceFiles.read(source.file(), lines)));
        Map<String, Long> left = words.stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        List<String> lost = new ArrayList<>();
        for (String word : source.words()) {
            if (left.merge(word, -1L, Long::sum) < 0) {
                lost.add(word);
            }
        }
        assertThat(lost).as("words of %s no longer on the page", source.file()).isEmpty();
    }

    /** Inserts lines at the paragraph break nearest {@code where} (0 … 1 through the file) that no hyphen spans. */
    private static List<String> insertBetweenParagraphs(List<String> lines, double where, List<String> inserted) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() && !lines.get(i - 1).isBlank() && !lines.get(i - 1).strip().endsWith("-")) {
                breaks.add(i);
            }
        }
        int at = breaks.isEmpty() ? lines.size() : breaks.get(Math.min(breaks.size() - 1, (int) (where * breaks.size())));
        List<String> out = new ArrayList<>(lines.subList(0, at));
        out.addAll(inserted);
        out.addAll(lines.subList(at, lines.size()));
        return out;
    }

    /** The source's words on the page (what the build adds left out), lower case, letters and digits only. */
    private static List<String> words(Document document) {
        Element text = DocumentHtml.render(document);
        text.select("*").stream().filter(PageContract::isAdded).toList().forEach(Element::remove);
        // Split at every non-letter and between letters and digits: a footnote marker read as a marker
        // ("weapons,<sup>6</sup>", "States<sup>7</sup>") or as text ("weapons, 6", "States7") is the same words.
        return Arrays.stream(text.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})")).filter(w -> !w.isEmpty()).toList();
    }

    private static Source baseline(Path file) {
        List<String> lines = SourceBytes.read(file).lines();
        return new Source(file, lines, words(SourceFiles.read(file, lines)));
    }

    private static List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(RealTexts.SOURCES, RealTexts.CORPUS)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    @Provide
    Arbitrary<Source> sources() {
        return Arbitraries.of(READ);
    }

    @Provide
    Arbitrary<Double> paragraphBreaks() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> randomWords() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("éàçÉ").ofMinLength(1).ofMaxLength(12);
        return word.list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
    }

    /** Lines PDF extraction leaves between pages: page numbers, job numbers, form feeds, stray marks, blank lines. */
    @Provide
    Arbitrary<List<String>> furniture() {
        Arbitrary<String> pageNumber = Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.integers().between(1, 60))
                .as((page, of) -> page + "/" + of);
        Arbitrary<String> jobNumber = Combinators.combine(Arbitraries.integers().between(10, 25), Arbitraries.integers().between(10000, 99999))
                .as((year, job) -> year + "-" + job + " (E)");
        Arbitrary<String> mark = Arbitraries.of("\f", "*", "**", "", "   ", "\t", "$S_{/}$", "__________________");
        return Arbitraries.oneOf(pageNumber, jobNumber, mark).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
    }
}
