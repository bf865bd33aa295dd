package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import dossier.model.Document;
import dossier.publishing.EditorialPage;
import dossier.reading.SourceCheck;
import dossier.reading.SourceException;
import dossier.reading.YamlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines and headers that stopped the build with a stack overflow, or made it read something else than
 * the editor wrote: each now builds, or is refused naming the file, the line and the limit.
 */
class HostileLinesTest {

    @TempDir
    Path folder;

    private Path dossier;

    @BeforeEach
    void aDossier() {
        dossier = SmallDossier.writeInto(folder.resolve("mali"));
    }

    private List<Document> read() {
        return Pipeline.read(SmallDossier.options(dossier));
    }

    private Path source(String name, String text) {
        Path file = dossier.resolve("content").resolve(name);
        SmallDossier.write(file, text);
        return file;
    }

    @Test
    void longLinesOfSlashesAndSymbolsAreRead() {
        source("documents/slashes.txt", "S/2021/1\n\n" + "A/".repeat(2_500) + "\n");
        source("documents/symbols.txt", "S/2021/2\n\n" + "S/2012/894 ".repeat(1_000) + "\n");
        source("documents/dots.txt", "S/2021/3\n\n" + ".".repeat(5_000) + "\n");

        assertThat(read()).extracting(d -> d.metadata().symbol()).contains("S/2021/1", "S/2021/2", "S/2021/3");
    }

    @Test
    void aLineAboveTheLimitIsRefusedWithItsLine() {
        Path file = source("documents/long.txt", "S/2021/1\n\n" + "A/".repeat(SourceCheck.MAX_LINE / 2 + 1) + "\n");

        assertThatThrownBy(this::read).isInstanceOf(SourceException.class)
                .hasMessage(file + ":3: line too long (" + (SourceCheck.MAX_LINE + 2) + " characters; the limit is "
                        + SourceCheck.MAX_LINE + "); break it where its sentences or paragraphs end");
    }

    @Test
    void aParagraphAboveTheLimitIsRefusedWithItsFirstLine() {
        Path file = source("documents/wall.txt", "S/2021/1\n\nTitle\n\n" + "a line of words that never ends in a blank line\n".repeat(SourceCheck.MAX_PARAGRAPH / 40));

        assertThatThrownBy(this::read).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":5: paragraph too long (over " + SourceCheck.MAX_PARAGRAPH + " characters, the limit)");
    }

    @Test
    void deeplyNestedNotesAndPagesAreRefusedWithTheirLine() {
        Path quotes = source("notes/quotes.md", "---\ndocument: s-2021-400\n---\n" + ">".repeat(1_000) + " deep\n");
        StringBuilder list = new StringBuilder("title=Lists\ntype=page\nstatus=published\n~~~~~~\n\n");
        for (int level = 0; level < 600; level++) {
            list.append("  ".repeat(level)).append("- item\n");
        }
        Path lists = source("pages/lists.md", list.toString());

        assertThatThrownBy(this::read).isInstanceOf(SourceException.class).hasMessageContainingAll(
                quotes + ":4: nested too deeply (1000 levels of quotes or lists; the limit is " + EditorialPage.MAX_NESTING + ")",
                lists + ":" + (6 + EditorialPage.MAX_NESTING + 1) + ": nested too deeply (" + (EditorialPage.MAX_NESTING + 1) + " levels");
    }

    @Test
    void frontMatterThatContainsItselfIsRefusedWithItsLine() {
        Path file = source("documents/loop.txt", "---\ntitle: Loop\nx: &a [[*a]]\n---\nS/2021/1\n\nText.\n");

        assertThatThrownBy(this::read).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":3: an alias names the list or mapping it stands in");
    }

    @Test
    void aliasesThatWouldExpandBeyondTheLimitAreRefusedWithTheirLine() {
        Path many = source("documents/many.txt", "---\na: &a [\"" + "x".repeat(1_000) + "\"]\nb: &b [" + "*a, ".repeat(9) + "*a]\n"
                + "c: &c [" + "*b, ".repeat(9) + "*b]\nd: &d [" + "*c, ".repeat(9) + "*c]\ne: [" + "*d, ".repeat(9) + "*d]\n---\nS/2021/1\n\nText.\n");

        assertThatThrownBy(this::read).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(many + ":6: its aliases expand to more than " + YamlFile.MAX_EXPANDED + " characters (the limit)");
    }

    @Test
    void anIndexWhoseAliasesWouldExpandBeyondTheLimitIsRefusedWithItsLine() {
        StringBuilder index = new StringBuilder("people:\n  - name: First\n    description: &d \"" + "x".repeat(100_000) + "\"\n");
        for (int i = 0; i < 45; i++) {
            index.append("  - name: Person ").append(i).append("\n    description: *d\n");
        }
        Path file = source("index.yml", index.toString());

        assertThatThrownBy(() -> Pipeline.build(SmallDossier.options(dossier))).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":2: its aliases expand to more than " + YamlFile.MAX_EXPANDED);
        assertThat(dossier.resolve("output")).doesNotExist();
    }

    @Test
    void frontMatterValuesAreReadAsWritten() throws IOException {
        source("documents/no.txt", "---\ntitle: No\nsymbol: \"S/2021/7\"\nkind: letter\n---\nS/2021/7\n\nText.\n");
        source("documents/zero.txt", "---\ntitle: 010\nsymbol: S/2021/8\n---\nS/2021/8\n\nText.\n");
        source("documents/dated.txt", "---\ntitle: 2012-10-23\nsymbol: S/2021/9\ndate: 2012-10-23\n---\nS/2021/9\n\nText.\n");

        Map<String, String> titles = read().stream().collect(java.util.stream.Collectors.toMap(d -> d.metadata().symbol(), d -> d.metadata().title()));
        assertThat(titles).containsEntry("S/2021/7", "No").containsEntry("S/2021/8", "010").containsEntry("S/2021/9", "2012-10-23");
    }

    @Test
    void aRuleOfTildesUnderLinesOfTextWithEqualsSignsIsBody() {
        source("documents/sums.txt", "The result was yes = 10, no = 5\nand abstentions = 0.\n~~~~~~\n\nS/2021/5 = the letter.\n");

        Document sums = read().stream().filter(d -> d.slug().equals("sums")).findFirst().orElseThrow();
        assertThat(sums.anchoredBlocks().stream().map(b -> b.text()).collect(java.util.stream.Collectors.joining(" ")))
                .contains("The result was yes = 10, no = 5", "abstentions = 0.");
    }

    @Test
    void anImpossibleDateIsRefusedWithItsLine() {
        Path february = source("documents/feb.txt", "---\nsymbol: S/2021/7\ndate: 2012-02-30\n---\nS/2021/7\n\nText.\n");
        Path month = source("documents/month.txt", "---\nsymbol: S/2021/8\ndate: 2012-13-45\n---\nS/2021/8\n\nText.\n");

        assertThatThrownBy(this::read).isInstanceOf(SourceException.class).hasMessageContainingAll(february + ":3:", "2012-02-30", month + ":3:", "2012-13-45");
    }

    /** Whatever the length of a line of symbols and slashes, and however deep a note's quotes and lists, no stack overflow. */
    @Property(tries = 40)
    void noLineLengthOrNestingGivesAStackTrace(@ForAll @IntRange(min = 1, max = 25_000) int length,
                                               @ForAll @IntRange(min = 0, max = 400) int depth,
                                               @ForAll @IntRange(min = 0, max = 3) int kind) throws IOException {
        Path root = Files.createTempDirectory("dossier-property-");
        SmallDossier.writeInto(root);
        String unit = List.of("A/", "S/2012/894 ", "S/RES/2085(2012), ", ". ").get(kind);
        SmallDossier.write(root.resolve("content/documents/line.txt"), "S/2021/1\n\n" + unit.repeat(length / unit.length() + 1) + "\n");
        SmallDossier.write(root.resolve("content/notes/deep.md"), "---\ndocument: s-2021-400\n---\n" + "> ".repeat(depth) + "deep\n\n"
                + "  ".repeat(depth) + "- item\n");
        try {
            Pipeline.read(SmallDossier.options(root));
        } catch (SourceException e) {
            assertThat(e.getMessage()).matches("(?s).*:\\d+: (line too long|nested too deeply).*");
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
