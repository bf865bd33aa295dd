package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.RunFixture;
import dossier.build.SmallDossier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notes, glossary and index written carelessly: two notes that would share an anchor, acronyms outside
 * A–Z, a cycle of parents, places on one meridian. Each builds, or is refused naming the file and the line
 * with the previous site left byte for byte as it was.
 */
class HostileAnnotationsTest {

    @RegisterExtension
    final BuiltDossier built = new BuiltDossier();

    private Path write(String name, String text) {
        Path file = built.dossier.resolve("content").resolve(name);
        SmallDossier.write(file, text);
        return file;
    }

    @Test
    void twoNotesThatWouldShareAnAnchorAreRefusedNamingBoth() {
        Path upper = write("notes/A.md", "---\ndocument: s-2021-400\ntitle: One\n---\nOne note.\n");
        Path lower = write("notes/a.md", "---\ndocument: s-2021-400\ntitle: Other\n---\nAnother note.\n");

        assertThat(built.refused()).contains(lower + ":1: same anchor 'note-a' as " + upper);
    }

    @Test
    void acronymsOutsideAToZBuildEachUnderItsLetter() throws IOException {
        write("glossary.yml", """
                acronyms:
                  3G:
                    expansion: Third generation
                  ÉCO:
                    expansion: Économie
                  ΑΒΓ:
                    expansion: Alpha beta gamma
                  ΔΕΖ:
                    expansion: Delta epsilon zeta
                  ΗΘΙ:
                    expansion: Eta theta iota
                """);

        assertThat(built.build()).as("stderr: %s", built.command.err).isZero();
        String glossary = built.page("glossary.html");
        assertThat(glossary).as("acronyms whose letters a slug drops, numbered in turn")
                .contains("id=\"entry\"", "id=\"entry-2\"", "id=\"entry-3\"").doesNotContain("entry-2-2");
        assertThat(section(glossary, "letter-e")).contains("ÉCO").doesNotContain("3G", "ΑΒΓ");
        assertThat(section(glossary, "letter-other")).contains("3G", "ΑΒΓ");
        Matcher link = Pattern.compile("href=\"#([^\"]*)\"").matcher(glossary);
        while (link.find()) {
            assertThat(glossary).as("the target of #%s", link.group(1)).contains("id=\"" + link.group(1) + "\"");
        }
    }

    /** The letter's section of the glossary page: from its heading to the next section. */
    private static String section(String page, String id) {
        int start = page.indexOf("<h2 id=\"" + id + "\"");
        assertThat(start).as("a heading with the id %s", id).isPositive();
        int end = page.indexOf("<section", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void aCycleOfParentsIsRefusedAsACycleWithItsLine() {
        Path index = write("index.yml", """
                entries:
                  - heading: Gao
                    category: place
                  - heading: Northern regions
                    category: place
                    parent: Kidal region
                  - heading: Kidal region
                    category: place
                    parent: Northern regions
                """);

        assertThat(built.refused()).contains(index + ":4: 'Northern regions' is a sub-entry of 'Kidal region', which is a sub-entry of"
                + " 'Northern regions': a cycle");
    }

    @Test
    void placesOnOneMeridianMakeAMapNoTallerThanItIsWide() throws IOException {
        write("index.yml", """
                entries:
                  - {heading: North Pole, category: place, coordinates: [89, 0]}
                  - {heading: South Pole, category: place, coordinates: [-89, 0]}
                """);

        assertThat(built.build()).as("stderr: %s", built.command.err).isZero();
        Matcher box = Pattern.compile("<svg viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(built.page("subjects.html"));
        assertThat(box.find()).as("the map").isTrue();
        assertThat(Integer.parseInt(box.group(2))).isLessThanOrEqualTo(Integer.parseInt(box.group(1)));
    }

    /** A whole build, notes rendered and pages baked: lines and nestings of any size build or are refused with their line. */
    @Property(tries = 6)
    void noLineLengthOrNestingStopsABuildWithAStackTrace(@ForAll @IntRange(min = 1, max = 25_000) int length,
                                                         @ForAll @IntRange(min = 0, max = 120) int depth) throws IOException {
        Path root = Files.createTempDirectory("dossier-property-");
        try {
            SmallDossier.writeInto(root);
            SmallDossier.write(root.resolve("content/documents/line.txt"), "S/2021/1\n\n" + "S/2012/894 A/".repeat(length / 13 + 1) + "\n");
            SmallDossier.write(root.resolve("content/notes/deep.md"), "---\ndocument: s-2021-400\n---\n" + "> ".repeat(depth) + "deep\n\n"
                    + "  ".repeat(depth) + "- item\n");
            SmallDossier.write(root.resolve("content/pages/deep.md"), "# Deep\n\n" + "- ".repeat(depth) + "list\n");
            CommandRun command = new CommandRun();
            if (command.run("build", "--quiet", "--source", root.toString()) != 0) {
                assertThat(command.err.toString()).matches("(?s)dossier: build failed: .*:\\d+: (line too long|nested too deeply).*limit.*")
                        .doesNotContain("\tat ", "error in dossier itself");
            }
        } finally {
            RunFixture.deleteQuietly(root);
        }
    }
}
