package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.reading.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve's rebuilds after edits give, file for file and byte for byte, the site a full build of the same
 * sources gives: on the real dossier and on a small one, through edits whose effect reaches other pages
 * (a new citation → the cited document's "Cited by"; a new acronym definition → the glossary), an added and
 * a deleted source, an editorial page and the glossary file.
 */
class WarmBuildTest {

    @TempDir
    Path dir;
    private WarmBuild open;

    private WarmBuild closedAfterwards(WarmBuild warm) {
        open = warm;
        return warm;
    }

    @AfterEach
    void close() {
        open.close();
    }

    @Test
    void rebuildsOfTheRealDossierAfterEditsAreTheFullBuildByteForByte() throws IOException {
        Path dossier = dir.resolve("dossier");
        copyTree(Path.of("content"), dossier.resolve("content"));
        Files.copy(Path.of("jbake.properties"), dossier.resolve("jbake.properties"));
        WarmBuild warm = closedAfterwards(new WarmBuild(SmallDossier.options(dossier)));
        warm.build();
        assertSameAsFullBuild(dossier);
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));

        // S/2012/894 now cites S/2023/463, which no document cited: that page gains a "Cited by".
        replace(dossier.resolve("content/documents/s-2012-894.txt"), "The report summarizes",
                "The report also refers to document S/2023/463. The report summarizes");
        warm.build();
        assertSameAsFullBuild(dossier);
        Map<Path, byte[]> cited = SmallDossier.snapshot(dossier.resolve("output"));
        assertThat(cited.get(Path.of("documents/s-2023-463.html"))).isNotEqualTo(before.get(Path.of("documents/s-2023-463.html")));
        assertThat(text(cited, "documents/s-2023-463.html")).contains("s-2012-894.html");

        // A new acronym, spelled out in one source: the glossary gains it.
        replace(dossier.resolve("content/documents/s-2023-463.txt"), "I hereby confirm the request",
                "The Sahel Widget Observatory (SWO) was consulted. I hereby confirm the request");
        warm.build();
        assertSameAsFullBuild(dossier);
        assertThat(text(SmallDossier.snapshot(dossier.resolve("output")), "glossary.html")).contains("Sahel Widget Observatory");

        // An editorial page and the glossary file: no source is read again.
        replace(dossier.resolve("content/pages/about.md"), "\n\n", "\n\nA sentence added by the editor.\n\n");
        replace(dossier.resolve("content/glossary.yml"), "acronyms:\n", "acronyms:\n  SWO:\n    expansion: Sahel Widget Observatory\n");
        warm.build();
        assertThat(warm.reread()).isZero();
        assertSameAsFullBuild(dossier);

        // A deleted source and a deleted editorial page: their pages go, with every mention of them.
        Files.delete(dossier.resolve("content/documents/letter-2012-10-23.txt"));
        Files.delete(dossier.resolve("content/pages/cite.md"));
        warm.build();
        assertSameAsFullBuild(dossier);
        assertThat(dossier.resolve("output/documents/letter-2012-10-23.html")).doesNotExist();
        assertThat(dossier.resolve("output/pages/cite.html")).doesNotExist();
    }

    @Test
    void rebuildsOfASmallDossierAfterAddingEditingAndDeletingSourcesAreTheFullBuildByteForByte() throws IOException {
        SmallDossier.writeInto(dir);
        // A word split at a line end, rejoined as the rest of the dossier writes it: so far, nowhere.
        replace(dir.resolve("content/documents/s-2021-400.txt"), "statement of my Government on the\n",
                "statement of my Government on the counter-\ninsurgency and on the\n");
        WarmBuild warm = closedAfterwards(new WarmBuild(SmallDossier.options(dir)));
        warm.build();
        assertThat(warm.reread()).isEqualTo(2);
        assertSameAsFullBuild(dir);

        warm.build();
        assertThat(warm.reread()).as("nothing changed").isZero();

        SmallDossier.write(dir.resolve("content/documents/s-2021-500.txt"), """
                S/2021/500

                Letter dated 1 July 2021 from the Secretary-General addressed to the President of the Security Council

                I refer to resolution 9999 (2021) and to the Ruritanian Electoral Commission (REC), whose report
                on the elections and on counterinsurgency I transmit.
                """);
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(warm.reread()).as("the new source, and the letter: its split word is now rejoined").isEqualTo(2);
        assertThat(text(SmallDossier.snapshot(dir.resolve("output")), "documents/s-2021-400.html")).contains("counterinsurgency");
        assertThat(text(SmallDossier.snapshot(dir.resolve("output")), "documents/s-res-9999.html")).contains("S/2021/500");

        Object about = fileKey(dir.resolve("output/pages/about.html"));
        Object letter = fileKey(dir.resolve("output/documents/s-2021-400.html"));
        replace(dir.resolve("content/documents/s-2021-400.txt"), "statement of my Government", "statement of my new Government");
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(fileKey(dir.resolve("output/pages/about.html"))).as("a page that did not change is not rewritten").isEqualTo(about);
        assertThat(fileKey(dir.resolve("output/documents/s-2021-400.html"))).as("a changed page is a new file").isNotEqualTo(letter);

        Files.delete(dir.resolve("content/documents/s-2021-500.txt"));
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(dir.resolve("output/documents/s-2021-500.html")).doesNotExist();
    }

    @Test
    void aBadSourceFailsTheRebuildAndLeavesTheServedSiteAsItWas() throws IOException {
        SmallDossier.writeInto(dir);
        WarmBuild warm = closedAfterwards(new WarmBuild(SmallDossier.options(dir)));
        warm.build();
        Map<Path, byte[]> good = SmallDossier.snapshot(dir.resolve("output"));

        Files.write(dir.resolve("content/documents/s-2021-400.txt"), new byte[] {0, 1, 2, 3});
        assertThatThrownBy(warm::build).isInstanceOf(SourceException.class).hasMessageContaining("s-2021-400.txt");

        assertThat(sameFiles(SmallDossier.snapshot(dir.resolve("output")), good)).isTrue();
        SmallDossier.write(dir.resolve("content/documents/s-2021-400.txt"), SmallDossier.LETTER);
        warm.build();
        assertSameAsFullBuild(dir);
    }

    /** Builds the same sources afresh, into a folder of its own, and compares every file with the warm output. */
    private static void assertSameAsFullBuild(Path dossier) {
        Path fresh = dossier.resolveSibling(dossier.getFileName() + "-full");
        Pipeline.build(new BuildOptions(dossier, fresh, SmallDossier.theme()));
        Map<Path, byte[]> warm = SmallDossier.snapshot(dossier.resolve("output"));
        Map<Path, byte[]> full = SmallDossier.snapshot(fresh);
        assertThat(new TreeSet<>(warm.keySet())).isEqualTo(new TreeSet<>(full.keySet()));
        TreeSet<Path> different = new TreeSet<>();
        full.forEach((file, bytes) -> {
            if (!Arrays.equals(bytes, warm.get(file))) {
                different.add(file);
            }
        });
        assertThat(different).as("files whose bytes differ from the full build's").isEmpty();
        assertThat(emptyFolders(dossier.resolve("output"))).isEqualTo(emptyFolders(fresh));
    }

    private static boolean sameFiles(Map<Path, byte[]> a, Map<Path, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private static TreeSet<Path> emptyFolders(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            TreeSet<Path> empty = new TreeSet<>();
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                try (Stream<Path> inside = Files.list(folder)) {
                    if (inside.findAny().isEmpty()) {
                        empty.add(root.relativize(folder));
                    }
                }
            }
            return empty;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static String text(Map<Path, byte[]> site, String file) {
        return new String(site.get(Path.of(file)), StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence of {@code what} in a file. */
    private static void replace(Path file, String what, String with) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(what);
        assertThat(at).as(what + " in " + file).isNotNegative();
        Files.writeString(file, text.substring(0, at) + with + text.substring(at + what.length()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
