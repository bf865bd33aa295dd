package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * A careless or hostile editor's dossier, built as a teacher or a CI job would build it: what lies around
 * the dossier never gets in, what is the editor's is never deleted, and a refused build names the file,
 * leaves everything outside its output as it was and the previous output byte for byte intact.
 */
class HostileDossierTest {

    @RegisterExtension
    final BuiltDossier built = new BuiltDossier();

    /** What dossier warned of while {@code action} ran. */
    static String warnings(Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger("dossier");
        ListAppender<ILoggingEvent> warned = new ListAppender<>();
        warned.start();
        logger.addAppender(warned);
        Level level = logger.getLevel();
        // A quiet build before (--quiet) leaves the level at errors only.
        logger.setLevel(Level.WARN);
        try {
            action.run();
        } finally {
            logger.detachAppender(warned);
            logger.setLevel(level);
        }
        return warned.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    // 1. Output folders that would delete the editor's files.

    @Test
    void anOutputHoldingTheDossierIsRefused() throws IOException {
        Files.writeString(built.folder.resolve("index.html"), "<p>the editor's own website</p>");

        assertThat(built.refused("--output", built.folder.toString()))
                .contains(built.folder.toRealPath() + ": the output folder holds the dossier folder " + built.dossier.toRealPath());
    }

    @Test
    void theDossierFolderItselfIsNoOutput() throws IOException {
        assertThat(built.refused("--output", built.dossier.toString()))
                .contains(built.dossier.toRealPath() + ": the output folder is the dossier folder");
    }

    @Test
    void anOutputInsideContentIsRefused() throws IOException {
        Path inside = built.dossier.resolve("content/site");
        assertThat(built.refused("--output", inside.toString()))
                .contains(inside + ": the output folder lies inside " + built.dossier.resolve("content").toRealPath(), "which the build reads");
        assertThat(built.refused("--output", built.dossier.resolve("content").toString())).contains("lies inside");
    }

    @Test
    void anOutputReachedThroughALinkIsStillSeenToHoldTheDossier() throws IOException {
        Path link = Files.createSymbolicLink(built.folder.resolve("web"), built.folder);
        assertThat(built.refused("--output", link.toString())).contains("the output folder holds the dossier folder");
    }

    @Test
    void onlyAFolderABuildMadeIsReplaced() throws IOException {
        Path website = built.folder.resolve("website");
        Files.createDirectories(website);
        Files.writeString(website.resolve("index.html"), "<p>a site dossier did not make</p>");

        assertThat(built.refused("--output", website.toString()))
                .contains(website.toRealPath() + " holds files that no dossier build made (it has no published-addresses.txt");

        Path site = built.folder.resolve("site");
        assertThat(built.build("--output", site.toString())).isZero();
        SmallDossier.write(built.dossier.resolve("content/pages/more.md"), "title=More\ntype=page\nstatus=published\n~~~~~~\n\nMore.\n");
        assertThat(built.build("--output", site.toString())).as("stderr: %s", built.command.err).isZero();
        assertThat(site.resolve("pages/more.html")).isRegularFile();
    }

    @Test
    void whatAKilledBuildLeftBesideTheOutputIsClearedByTheNext() throws IOException {
        Path site = built.folder.resolve("site");
        assertThat(built.build("--output", site.toString())).isZero();
        Path left = Files.createDirectories(built.folder.resolve(".site.building-12345/documents"));
        Files.writeString(left.resolve("half.html"), "<p>half a page");
        Path notOurs = Files.createDirectories(built.folder.resolve(".site.backup"));

        assertThat(built.build("--output", site.toString())).as("stderr: %s", built.command.err).isZero();

        assertThat(built.folder.resolve(".site.building-12345")).doesNotExist();
        assertThat(notOurs).as("a folder dossier does not name so is left alone").isDirectory();
        try (Stream<Path> beside = Files.list(built.folder)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".building-"));
        }
    }

    // 2. Links leading outside the dossier folder.

    @Test
    void aSourceLinkedToASystemFileIsRefusedWithItsName() throws IOException {
        Path passwd = Files.createSymbolicLink(built.dossier.resolve("content/documents/passwd.txt"), Path.of("/etc/passwd"));

        assertThat(built.refused()).contains(passwd + ":1: a link to /etc/passwd, outside the dossier folder");
    }

    @Test
    void linkedFoldersAndFilesInContentAssetsAndTemplatesAreRefused() throws IOException {
        Path secrets = Files.createDirectories(built.folder.resolve("secrets"));
        Files.writeString(secrets.resolve("key.md"), "title=Key\ntype=page\nstatus=published\n~~~~~~\n\nsecret\n");
        Path pages = Files.createSymbolicLink(built.dossier.resolve("content/pages/more"), secrets);
        Path asset = Files.createSymbolicLink(Files.createDirectories(built.dossier.resolve("assets")).resolve("key.md"), secrets.resolve("key.md"));
        Path template = Files.createSymbolicLink(Files.createDirectories(built.dossier.resolve("templates")).resolve("page.ftlh"), secrets.resolve("key.md"));
        Path dangling = Files.createSymbolicLink(built.dossier.resolve("content/pages/gone.md"), built.folder.resolve("gone.md"));

        assertThat(built.refused()).contains("4 problems in the sources",
                pages + ":1: a link to " + secrets.toRealPath() + ", outside the dossier folder",
                asset + ":1: a link to " + secrets.toRealPath().resolve("key.md") + ", outside",
                template + ":1: a link to ", dangling + ":1: a link to " + built.folder.resolve("gone.md") + ", which does not exist");
    }

    @Test
    void aLinkInsideTheDossierIsFollowed() throws IOException {
        SmallDossier.write(built.dossier.resolve("shared/welcome.md"), "title=Welcome\ntype=page\nstatus=published\n~~~~~~\n\nWelcome.\n");
        Files.createSymbolicLink(built.dossier.resolve("content/pages/welcome.md"), built.dossier.resolve("shared/welcome.md"));

        assertThat(built.build()).as("stderr: %s", built.command.err).isZero();
        assertThat(built.dossier.resolve("output/pages/welcome.html")).content().contains("Welcome.");
    }

    // 3. Only what dossier publishes gets into the site and the zip.

    @Test
    void whatADossierFolderHoldsBesidesItsSourcesIsSkippedAndNamed() throws IOException {
        Path content = built.dossier.resolve("content");
        String page = "title=Robots\ntype=page\nstatus=published\n~~~~~~\n\nrobots\n";
        Map<String, String> strays = new TreeMap<>(Map.of(
                ".git/config", "[remote \"origin\"]\nurl = https://token@example.org/x.git\n",
                ".env", "TOKEN=1", "drafts/embargo.pdf", "%PDF", "notes/draft.docx", "PK",
                "glossary.yml~", "old: glossary", "pages/evil.svg", "<svg onload=alert(1)/>",
                "pages/evil.htm", "<script>alert(1)</script>", "notes/todo.txt", "buy milk",
                "drafts/embargoed.txt", "S/2099/1\n\nEmbargoed until 2099.\n", "pages/robots.txt", "User-agent: *"));
        strays.putAll(Map.of("pages/#about.md#", page, "pages/.about.md.swp", page, "pages/about.md~", page,
                "documents/.hidden.txt", "S/2099/2\n\nHidden.\n"));
        strays.forEach((name, text) -> SmallDossier.write(content.resolve(name), text));

        String warnings = warnings(() -> assertThat(built.command.run("build", "--source", built.dossier.toString())).as("stderr: %s", built.command.err).isZero());

        Map<String, String> site = BuiltDossier.tree(built.dossier.resolve("output"));
        assertThat(site.keySet()).as("the site").noneMatch(name -> name.contains("embargo") || name.contains("todo")
                || name.contains("evil") || name.contains("config") || name.contains(".env") || name.contains("draft")
                || name.contains("robots") || name.contains("hidden") || name.contains("~") || name.contains("#") || name.contains(".swp"));
        assertThat(site.values()).as("the site's files").noneMatch(bytes -> bytes.contains(Arrays.toString("token@".getBytes()).replace("]", "")));
        try (var zip = new java.util.zip.ZipFile(built.dossier.resolve("output/mali.zip").toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).contains("mali/pages/about.html")
                    .noneMatch(name -> name.contains("embargo") || name.contains("config") || name.contains("evil") || name.contains("~"));
        }
        // Named, so that an editor who meant to publish one knows why it is not there; hidden files are not.
        assertThat(warnings).contains("not published").contains(Stream.of("drafts/embargo.pdf", "drafts/embargoed.txt",
                "notes/draft.docx", "notes/todo.txt", "pages/evil.svg", "pages/evil.htm", "pages/robots.txt").map(content::resolve).map(Path::toString).toList())
                .doesNotContain(".git", ".env", "glossary.yml~", "\tat ");
    }

    @Test
    void aFileNameWithABackslashIsRefused() throws IOException {
        Path evil = built.dossier.resolve("content/pages/a\\..\\..\\evil.md");
        SmallDossier.write(evil, "title=Evil\ntype=page\nstatus=published\n~~~~~~\n\nevil\n");

        assertThat(built.refused()).contains(evil + ":1: a file name with a backslash");
    }

    // 5. A template runs no code of its own.

    /** The project's templates as the dossier's own, with {@code line} put at the top of page.ftlh. */
    private Path templatesWith(String line) throws IOException {
        Path templates = built.dossier.resolve("templates");
        try (Stream<Path> walk = Files.walk(SmallDossier.theme().resolve("templates"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = templates.resolve(SmallDossier.theme().resolve("templates").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path page = templates.resolve("page.ftlh");
        Files.writeString(page, line + "\n" + Files.readString(page));
        return page;
    }

    @Test
    void aTemplateCannotRunAShellCommand() throws IOException {
        Path ran = built.folder.resolve("ran");
        Path page = templatesWith("<#assign run = \"freemarker.template.utility.Execute\"?new()>${command.run(\"touch " + ran + "\")}");

        assertThat(built.refused()).contains("page.ftlh", "line 1", "not allowed");
        assertThat(ran).doesNotExist();
    }

    @Test
    void aTemplateCannotReachJavaObjectsThroughApi() throws IOException {
        templatesWith("${content?api.getClass().getName()}");

        assertThat(built.refused()).contains("page.ftlh", "line 1", "api");
    }

    // 4. Drafts stay out; every page is built or refused with a reason.

    @Test
    void draftsAreLeftOutOfPagesSitemapFeedZipAndSearchButShownWhenAsked() throws IOException {
        Path content = built.dossier.resolve("content");
        SmallDossier.write(content.resolve("documents/s-2021-401.txt"), "status=draft\n~~~~~~\n" + SmallDossier.LETTER.replace("400", "401"));
        SmallDossier.write(content.resolve("documents/s-2021-402.txt"), "---\nstatus: draft\n---\n" + SmallDossier.LETTER.replace("400", "402"));
        SmallDossier.write(content.resolve("pages/embargo.md"), "---\ntitle: Embargoed\nstatus: draft\n---\nNot yet.\n");
        SmallDossier.write(content.resolve("pages/later.md"), "title=Later\ntype=page\nstatus=draft\n~~~~~~\n\nNot yet.\n");

        assertThat(built.build("--base-url", "https://example.org/mali/")).as("stderr: %s", built.command.err).isZero();

        Map<String, String> site = BuiltDossier.tree(built.dossier.resolve("output"));
        assertThat(site).containsKey("documents/s-2021-400.html")
                .doesNotContainKeys("documents/s-2021-401.html", "documents/s-2021-402.html", "pages/embargo.html", "pages/later.html");
        assertThat(site.keySet()).noneMatch(name -> name.contains("draft") || name.contains("401") || name.contains("402"));
        for (String file : new String[] {"sitemap.xml", "feed.xml", "search-index.js", "index.html"}) {
            if (Files.exists(built.dossier.resolve("output").resolve(file))) {
                assertThat(built.dossier.resolve("output").resolve(file)).as(file).content()
                        .doesNotContain("2021/401", "2021/402", "s-2021-401", "Embargoed", "later.html", "Later");
            }
        }
        assertThat(built.dossier.resolve("output/sitemap.xml")).content().contains("s-2021-400");
        try (var zip = new java.util.zip.ZipFile(built.dossier.resolve("output/mali.zip").toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).noneMatch(n -> n.contains("401") || n.contains("embargo") || n.contains("later"));
        }

        Pipeline.build(new BuildOptions(built.dossier, built.dossier.resolve("preview"), SmallDossier.theme(), null, false, true));
        assertThat(built.dossier.resolve("preview/documents/s-2021-401.html")).content().contains("S/2021/401");
        assertThat(built.dossier.resolve("preview/documents/s-2021-402.html")).exists();
        assertThat(built.dossier.resolve("preview/pages/embargo.html")).content().contains("Embargoed", "Not yet.");
        assertThat(built.dossier.resolve("preview/pages/later.html")).exists();
    }

    @Test
    void pagesWithFrontMatterOrNoHeaderAreBuilt() throws IOException {
        Path content = built.dossier.resolve("content");
        SmallDossier.write(content.resolve("pages/method.md"), "---\ntitle: \"Method: how we read\"\n---\nWe read every document.\n");
        SmallDossier.write(content.resolve("pages/plain.md"), "# Plain words\n\nA page with no header.\n");
        SmallDossier.write(content.resolve("credits.md"), "Thanks to all.\n");

        assertThat(built.build()).as("stderr: %s", built.command.err).isZero();

        assertThat(built.dossier.resolve("output/pages/method.html")).content().contains("<title>Method: how we read", "We read every document.");
        assertThat(built.dossier.resolve("output/pages/plain.html")).content().contains("Plain words", "A page with no header.");
        assertThat(built.dossier.resolve("output/credits.html")).content().contains("<title>credits", "Thanks to all.");
    }

    @Test
    void aPageOfAnotherTypeIsRefusedWithItsLine() throws IOException {
        Path post = built.dossier.resolve("content/pages/news.md");
        SmallDossier.write(post, "title=News\ntype=post\nstatus=published\n~~~~~~\n\nNews.\n");
        Path odd = built.dossier.resolve("content/pages/odd.md");
        SmallDossier.write(odd, "---\ntitle: Odd\nstatus: publish\n---\nOdd.\n");

        assertThat(built.refused()).contains(post + ":2: type 'post': dossier bakes editorial pages only", odd + ":3: status 'publish'");
    }

    // 8. Settings and texts that gave a wrong site silently.

    @Test
    void settingsThatWouldGiveAGarbledSiteOrAHiddenZipAreRefusedWithTheirLine() throws IOException {
        Path properties = built.dossier.resolve("jbake.properties");
        Files.writeString(properties, "dossier.title=Mali\nrender.encoding=ISO-8859-1\n");
        assertThat(built.refused()).contains(properties + ":2: render.encoding=ISO-8859-1: dossier reads and writes UTF-8 only");

        Files.writeString(properties, "dossier.title=Mali\n\ndossier.name=\n");
        assertThat(built.refused()).contains(properties + ":3: dossier.name '' gives no file name for the offline zip");
    }

    @Test
    void controlCharactersLeaveTheFeedWellFormed() throws Exception {
        SmallDossier.write(built.dossier.resolve("content/documents/s-2021-401.txt"),
                "---\nsymbol: S/2021/401\ntitle: \"Bell \\x07 and escape \\e in a title\"\ndate: 2021-05-04\n---\nS/2021/401\n\nText with a \u0001 control character.\n");

        assertThat(built.build("--base-url", "https://example.org/mali/")).as("stderr: %s", built.command.err).isZero();

        org.w3c.dom.Document feed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(built.dossier.resolve("output/feed.xml").toFile());
        assertThat(feed.getDocumentElement().getTextContent()).contains("S/2021/401 · Bell  and escape  in a title");
    }
}
