package dossier.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.bench.BenchDossier;
import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.reading.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve's rebuilds after edits give, file for file and byte for byte, the site a full build of the same
 * sources gives: on the real dossier, on a small one and on a generated one, through edits whose effect
 * reaches other pages (a citation → the cited document's "Cited by"; an acronym definition → the glossary
 * and every page using it; a date → the timeline and every list), an added, a renamed and a deleted source,
 * the files beside the sources, and an edit that what serve keeps per file or per document could miss.
 */
class WarmBuildTest {

    @TempDir
    Path dir;
    /** Where the full builds compared with are made. */
    @TempDir
    Path fulls;
    /**
     * The generated dossier's documents, with the smallest page budget: enough for the home page to list them by
     * year (32 in full at that budget) and for every other page made from the whole dossier to split as those of
     * a dossier of thousands do under the default budget.
     */
    private static final int GENERATED = 34;
    private static final int SMALLEST_BUDGET_KB = 80;
    private WarmBuild open;
    /** The full build of each state of the sources, by dossier. */
    private final Map<Path, Map<String, Path>> fullBuildsOf = new HashMap<>();
    private int fullBuilds;
    private int rebuilds;

    private WarmBuild closedAfterwards(WarmBuild warm) {
        open = warm;
        return warm;
    }

    @AfterEach
    void close() {
        open.close();
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

        // A date written in a paragraph: the timeline changes. Then the resolution's own date, which moves it
        // before the letter in every list of documents.
        replace(dir.resolve("content/documents/s-2021-400.txt"), "I should be grateful", "On 3 March 2022 the Council met. I should be grateful");
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(timeline(dir)).contains("3 March 2022");
        boolean resolutionFirst = resolutionListedFirst(dir);
        Path resolution = dir.resolve("content/documents/s-res-9999.txt");
        replace(resolution, "date: 2021-06-30", "date: 2021-04-30");
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(resolutionListedFirst(dir)).as("the documents' order on the home page").isNotEqualTo(resolutionFirst);

        // A glued word is read as written until an edit elsewhere writes its parts apart ten times as often.
        replace(dir.resolve("content/documents/s-2021-400.txt"), "as a document", "as a document on theelection");
        replace(resolution, "1. Decides", "1. Notes an election and an election, and decides");
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(text(SmallDossier.snapshot(dir.resolve("output")), "documents/s-2021-400.html")).contains("on theelection");
        replace(resolution, "1. Notes", "1. Notes " + "the election, ".repeat(10) + "and notes");
        warm.build();
        assertSameAsFullBuild(dir);
        assertThat(warm.reread()).as("the resolution, and the letter: its glued word now splits").isEqualTo(2);
        assertThat(text(SmallDossier.snapshot(dir.resolve("output")), "documents/s-2021-400.html")).contains("on the election");
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

    @Test
    void aRebuildThatANewerChangeSupersedesShowsTheEditedPageAndLeavesTheRestToTheNext() throws IOException {
        SmallDossier.writeInto(dir);
        AtomicBoolean newer = new AtomicBoolean();
        List<List<String>> shown = new CopyOnWriteArrayList<>();
        WarmBuild warm = closedAfterwards(new WarmBuild(SmallDossier.options(dir), shown::add, newer::get));
        warm.build();
        Map<Path, byte[]> before = SmallDossier.snapshot(dir.resolve("output"));
        shown.clear();

        replace(dir.resolve("content/documents/s-2021-400.txt"), "the statement of my Government",
                "the lengthy statement of my Government");
        newer.set(true);
        assertThatThrownBy(warm::build).isInstanceOf(Superseded.class);

        Map<Path, byte[]> served = SmallDossier.snapshot(dir.resolve("output"));
        assertThat(text(served, "documents/s-2021-400.html")).as("the edited page is shown").contains("lengthy statement");
        assertThat(shown).containsExactly(List.of("documents/s-2021-400.html"));
        TreeSet<Path> changed = new TreeSet<>();
        before.forEach((file, bytes) -> {
            if (!Arrays.equals(bytes, served.get(file))) {
                changed.add(file);
            }
        });
        assertThat(changed).as("nothing but the edited page changed: the rest is the next rebuild's")
                .containsExactly(Path.of("documents/s-2021-400.html"));

        newer.set(false);
        warm.build();
        assertSameAsFullBuild(dir);
    }

    @Test
    void theEditsMostLikelyToGoStaleGiveTheFullBuildByteForByteAndTheEditedPagesShowFirst() throws IOException {
        Path dossier = dir.resolve("dossier");
        SmallDossier.copyTree(Path.of("content"), dossier.resolve("content"));
        SmallDossier.copyTree(Path.of("templates"), dossier.resolve("templates"));
        SmallDossier.copyTree(Path.of("assets"), dossier.resolve("assets"));
        Files.copy(Path.of("jbake.properties"), dossier.resolve("jbake.properties"));
        List<List<String>> shown = new CopyOnWriteArrayList<>();
        WarmBuild warm = closedAfterwards(new WarmBuild(SmallDossier.options(dossier), shown::add));
        rebuild(warm, shown);
        Map<Path, byte[]> before = SmallDossier.snapshot(dossier.resolve("output"));
        Path report = dossier.resolve("content/documents/s-2012-894.txt");
        Path request = dossier.resolve("content/documents/s-2023-463.txt");

        // A citation added, then removed: the cited page's "Cited by" changes with it, and shows first too.
        rebuild(warm, shown, report, "The report summarizes", "The report, like document S/2023/463, summarizes");
        assertThat(shown.get(0)).containsExactlyInAnyOrder("documents/s-2012-894.html", "documents/s-2023-463.html");
        Map<Path, byte[]> cited = SmallDossier.snapshot(dossier.resolve("output"));
        assertThat(cited.get(Path.of("documents/s-2023-463.html"))).isNotEqualTo(before.get(Path.of("documents/s-2023-463.html")));
        assertThat(text(cited, "documents/s-2023-463.html")).contains("s-2012-894.html");
        rebuild(warm, shown, report, "The report, like document S/2023/463, summarizes", "The report summarizes");
        assertThat(shown.get(0)).contains("documents/s-2023-463.html");

        // A word: the edited page alone is shown first, before the rest of the site is built. Then changed for
        // one of the same length twice within one tick of the file system's clock: the file's size and time do
        // not tell the second edit from the first, its bytes do.
        rebuild(warm, shown, report, "The report summarizes", "The report summarises");
        assertThat(shown.get(0)).containsExactly("documents/s-2012-894.html");
        FileTime first = Files.getLastModifiedTime(report);
        replace(report, "The report summarises", "The report summarizes");
        Files.setLastModifiedTime(report, first);
        rebuild(warm, shown);
        assertThat(text(SmallDossier.snapshot(dossier.resolve("output")), "documents/s-2012-894.html")).contains("report summarizes");

        // A footnote marker run into a word, with its footnote below a rule at the page's foot.
        replace(report, "Malian political process", "Malian political process1");
        rebuild(warm, shown, report, "\n12-61629", "\n__________________\n1 See resolution 2071 (2012).\n12-61629");

        // An acronym used early and defined for the first time in the latest document: every page using it
        // changes; then its definition there taken out again.
        rebuild(warm, shown, report, "The report summarizes", "The Ruritanian Widget Council (RWC) met. The report summarizes");
        rebuild(warm, shown, request, "I hereby confirm the request", "The Ruritanian Widget Council (RWC) was consulted. I hereby confirm the request");
        assertThat(text(SmallDossier.snapshot(dossier.resolve("output")), "glossary.html")).contains("Ruritanian Widget Council");
        rebuild(warm, shown, request, "The Ruritanian Widget Council (RWC) was consulted. ", "");

        // A date written in a paragraph, with the document's own date: the timeline, the documents' order and
        // every list of documents change (a date in a paragraph alone: the small dossier).
        replace(report, "The report summarizes", "On 3 March 2013 the Council met. The report summarizes");
        rebuild(warm, shown, report, "date=2012-11-28", "date=2013-01-15");
        assertThat(timeline(dossier)).contains("3 March 2013");

        // A source renamed: its page moves, and every link to it.
        Files.move(dossier.resolve("content/documents/letter-2012-10-23.txt"), dossier.resolve("content/documents/letter-renamed.txt"));
        rebuild(warm, shown);
        assertThat(dossier.resolve("output/documents/letter-2012-10-23.html")).doesNotExist();

        // A deleted source and a deleted editorial page: their pages go, with every mention of them.
        Files.delete(dossier.resolve("content/documents/letter-renamed.txt"));
        Files.delete(dossier.resolve("content/pages/cite.md"));
        rebuild(warm, shown);
        assertThat(dossier.resolve("output/documents/letter-renamed.html")).doesNotExist();
        assertThat(dossier.resolve("output/pages/cite.html")).doesNotExist();

        // An editorial page, the glossary file, a note on a paragraph, jbake.properties, a template and an asset,
        // in one rebuild: each alone makes serve reuse nothing but the readings (SiteInputsTest), and each reaches
        // the pages its own way; no source is read again.
        replace(dossier.resolve("content/pages/about.md"), "\n\n", "\n\nA sentence added by the editor.\n\n");
        replace(dossier.resolve("content/glossary.yml"), "acronyms:\n", "acronyms:\n  SWO:\n    expansion: Sahel Widget Observatory\n");
        SmallDossier.write(dossier.resolve("content/notes/s-2012-894-para-1.md"),
                "---\ndocument: S/2012/894\nparagraph: para-1\ntitle: On the mandate\n---\nThe mandate came from resolution 2071 (2012).\n");
        replace(dossier.resolve("jbake.properties"), "dossier.title=", "dossier.title=Renamed ");
        replace(dossier.resolve("templates/document.ftlh"), "<article class=\"document\"", "<article data-edited class=\"document\"");
        rebuild(warm, shown, dossier.resolve("assets/css/dossier.css"), "\n", "\n/* edited */\n");
        assertThat(warm.reread()).isZero();
        Map<Path, byte[]> edited = SmallDossier.snapshot(dossier.resolve("output"));
        assertThat(text(edited, "documents/s-2012-894.html")).contains("On the mandate", "Renamed ", "<article data-edited");
        assertThat(text(edited, "css/dossier.css")).contains("/* edited */");
        assertThat(fullBuilds).as("states reached again are compared with the full build made once").isLessThan(rebuilds);
    }

    @Test
    void rebuildsOfAGeneratedDossierWhosePagesSplitAreTheFullBuildByteForByte() throws IOException {
        Path dossier = dir.resolve("generated");
        BenchDossier.from(List.of(Path.of("content/documents"), Path.of("src/test/resources/corpus/ga-80"))).writeDossier(dossier, GENERATED);
        SmallDossier.write(dossier.resolve("jbake.properties"), "dossier.page_budget=" + SMALLEST_BUDGET_KB + "\n");
        List<List<String>> shown = new CopyOnWriteArrayList<>();
        WarmBuild warm = closedAfterwards(new WarmBuild(SmallDossier.options(dossier), shown::add));
        warm.build();
        assertThat(siteFiles(dossier.resolve("output"))).as("every page made from the whole dossier is split")
                .contains("document-list.js", "glossary-a.html", "subjects-a.html", "timeline-2012-11.html",
                        "citations-body-general-assembly-2.html")
                .anyMatch(file -> file.matches("glossary-.+-uses\\.html")).anyMatch(file -> file.matches("subjects-.+-uses\\.html"));
        Path early = dossier.resolve("content/documents/doc-00020.txt");
        Path late = dossier.resolve(String.format("content/documents/doc-%05d.txt", GENERATED - 1));
        String cited = header(dossier.resolve("content/documents/doc-00030.txt"), "symbol");

        // A citation: the citing and the cited pages show first, the rest as the full build has them; with it, an
        // acronym used that no document defines yet.
        rebuild(warm, shown, early, "Recalling document " + cited + ", noting the RWC, ");
        assertThat(shown.get(0)).contains("documents/doc-00020.html", "documents/doc-00030.html").hasSizeLessThan(10);
        // Then, in one rebuild, that acronym defined in the last document only, and a date, which moves the
        // document in every list (each alone: the stale edits above, on the real dossier).
        begin(late, "recalling the Ruritanian Widget Council (RWC), ");
        rebuild(warm, shown, early, "date: \"" + header(early, "date") + "\"", "date: \"2026-06-30\"");
        // A word in a resolution's masthead, which is then read as paragraphs (anchors no reference can name):
        // what the annotators learned is the same, so only the edited document is annotated again.
        Path resolution = withLine(dossier, "Eightieth session Agenda item");
        rebuild(warm, shown, resolution, "Eightieth session Agenda item", "Eightieth Zqvedit session Agenda item");
        assertThat(warm.annotated()).isEqualTo(1);
        assertThat(shown.get(0)).contains(PageAddress.of(Document.slugOf(resolution.getFileName().toString())));
    }

    /** Whether the small dossier's home page lists the resolution before the letter. */
    private static boolean resolutionListedFirst(Path dir) {
        String home = text(SmallDossier.snapshot(dir.resolve("output")), "index.html");
        int resolution = home.indexOf("s-res-9999.html");
        int letter = home.indexOf("s-2021-400.html");
        assertThat(resolution).isNotNegative();
        assertThat(letter).isNotNegative();
        return resolution < letter;
    }

    /** The first generated source with a line starting with {@code start}. */
    private static Path withLine(Path dossier, String start) throws IOException {
        try (Stream<Path> files = Files.list(dossier.resolve("content/documents"))) {
            for (Path file : files.sorted().toList()) {
                if (Files.readAllLines(file).stream().anyMatch(line -> line.startsWith(start))) {
                    return file;
                }
            }
        }
        throw new AssertionError("no source with a line starting " + start);
    }

    /** Writes {@code words} at the start of the first numbered paragraph of a generated source, and rebuilds. */
    private void rebuild(WarmBuild warm, List<List<String>> shown, Path file, String words) throws IOException {
        begin(file, words);
        rebuild(warm, shown);
    }

    /** Writes {@code words} at the start of the first numbered paragraph of a generated source. */
    private static void begin(Path file, String words) throws IOException {
        Matcher paragraph = Pattern.compile("(?m)^\\s*\\d+\\. ").matcher(Files.readString(file));
        assertThat(paragraph.find()).as("a numbered paragraph in " + file).isTrue();
        replace(file, paragraph.group(), paragraph.group() + words);
    }

    /** Replaces {@code what} in {@code file}, rebuilds, and compares the served site with a full build. */
    private void rebuild(WarmBuild warm, List<List<String>> shown, Path file, String what, String with) throws IOException {
        replace(file, what, with);
        rebuild(warm, shown);
    }

    private void rebuild(WarmBuild warm, List<List<String>> shown) {
        shown.clear();
        warm.build();
        rebuilds++;
        assertSameAsFullBuild(warm.options().source());
    }

    /** A header value of a generated source ("symbol: A/RES/80/1" → "A/RES/80/1"). */
    private static String header(Path file, String key) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(key + ": ")).findFirst().orElseThrow()
                .substring(key.length() + 2).replace("\"", "");
    }

    /**
     * Builds the same sources afresh, into a folder of its own, and compares every file with the warm output.
     * A state of the sources reached before (an edit undone) is compared with the full build made of it then.
     */
    private void assertSameAsFullBuild(Path dossier) {
        Path fresh = fullBuilds(dossier).computeIfAbsent(state(dossier), state -> {
            Path folder = fulls.resolve("state-" + ++fullBuilds);
            Pipeline.build(new BuildOptions(dossier, folder, SmallDossier.theme()));
            return folder;
        });
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

    private Map<String, Path> fullBuilds(Path dossier) {
        return fullBuildsOf.computeIfAbsent(dossier, d -> new HashMap<>());
    }

    /** Every file a build reads (all but the output), by path and bytes, as one digest. */
    private static String state(Path dossier) {
        Path output = dossier.resolve("output");
        try (Stream<Path> walk = Files.walk(dossier)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(f -> !f.startsWith(output) && Files.isRegularFile(f)).sorted().toList()) {
                digest.update((dossier.relativize(file) + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> siteFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static String timeline(Path dossier) throws IOException {
        try (Stream<Path> files = Files.list(dossier.resolve("output"))) {
            StringBuilder pages = new StringBuilder();
            for (Path page : files.filter(f -> f.getFileName().toString().startsWith("timeline")).toList()) {
                pages.append(Files.readString(page));
            }
            return pages.toString();
        }
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

}
