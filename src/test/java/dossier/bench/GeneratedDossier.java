package dossier.bench;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.RunFixture;
import dossier.corpus.RealTexts;
import dossier.model.Document;
import dossier.publishing.PublishedAddresses;
import dossier.rendering.PageBudget;
import dossier.rendering.RenderPlan;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A dossier of {@value #DOCUMENTS} documents made from the real texts ({@link BenchDossier}), built once for
 * the tests of a run that read it, and shared by the run's test JVMs ({@link RunFixture}). It is as small as
 * the tests let it be ({@link #DOCUMENTS}), under a small page budget ({@link #BUDGET}), so that its pages made
 * from the whole dossier split as those of a dossier of thousands do under the default budget. It grew: its site replaced, under --strict, that of
 * its first {@link #SMALLER} documents, whose published addresses it keeps ({@link #smallerAddresses()}). It names
 * an editor, so that its book is of every kind the tests make but the real dossier's (which names none).
 *
 * @param options the build's options: its source dossier and its output, the site
 * @param siteFiles every file of the site, by its address from the site's root, in order: listed once, as the
 *                  tests ask for the files of a pattern a hundred times and more (a walk of 1,500 files each)
 */
public record GeneratedDossier(BuildOptions options, List<String> siteFiles) {

    /**
     * The fewest documents the tests need: the last split to come is a glossary letter's, in two pages. Its
     * entries are the dossier's own texts' (BenchDossier copies the 23 real texts in turn): letter M's four,
     * MINUSMA, MNLA, MUJAO and MUJWA, each showing its definitions and at most {@code usesLinksShown} links of
     * uses, exceed a page's {@code linksPerPage} only once S/2012/894 (MNLA, MUJAO), the third text, is in
     * seven copies: 141 documents, where 140 keep the letter on one page at any budget the citations allow
     * ({@link #BUDGET}). Everything else the tests look at splits by 100 documents.
     */
    public static final int DOCUMENTS = 141;
    /** Its first documents (the dossier's own and a few of the corpus): their site's timeline has whole years that the grown one splits by month. */
    public static final int SMALLER = 10;
    /**
     * 100 KB: at this size, every page made from the whole dossier splits (the timeline's months into parts, a
     * glossary letter into two pages, an entry's uses onto pages of their own, the home page's list by year),
     * while the overviews stay light. It can be no smaller: the citations' overview lists every cited work (some
     * 290, as many at any size of this dossier) and weighs 98 KB with its scripts and styles, and every page
     * must stay within the budget.
     */
    public static final PageBudget BUDGET = new PageBudget(100);
    /** A title and an editor with characters markup must escape: its book is the one EPUBCheck reads with an editor. */
    public static final String TITLE = "Generated & grown";
    public static final String EDITOR = "A. N. Editor <Unit>";
    private static final String SMALLER_ADDRESSES = "smaller-addresses.txt";
    private static GeneratedDossier built;
    private static List<Document> documents;

    public static synchronized GeneratedDossier get() {
        if (built == null) {
            Path folder = RunFixture.made("generated-dossier", made -> {
                Path source = made.resolve("dossier");
                BenchDossier bench = BenchDossier.from(List.of(RealTexts.SOURCES, RealTexts.CORPUS));
                bench.writeDossier(source, SMALLER);
                Files.writeString(source.resolve("jbake.properties"), "dossier.page_budget=" + BUDGET.kilobytes() + "\n"
                        + "dossier.title=" + TITLE + "\ndossier.editor=" + EDITOR + "\n");
                Pipeline.build(options(made));
                Files.copy(options(made).output().resolve(PublishedAddresses.FILE), made.resolve(SMALLER_ADDRESSES));
                bench.writeDossier(source, DOCUMENTS);
                BuildOptions options = options(made);
                Pipeline.build(new BuildOptions(options.source(), options.output(), options.theme(), null, true));
            });
            built = new GeneratedDossier(options(folder), filesIn(options(folder).output()));
        }
        return built;
    }

    private static BuildOptions options(Path folder) {
        return new BuildOptions(folder.resolve("dossier"), folder.resolve("out"), Path.of("."));
    }

    public Path site() {
        return options.output();
    }

    /**
     * The site's files whose address from its root ("timeline-2012.html", "documents/s-2012-894.html")
     * matches {@code pattern}, in order.
     */
    public List<String> files(String pattern) {
        return siteFiles.stream().filter(f -> f.matches(pattern)).toList();
    }

    private static List<String> filesIn(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Its documents as the build reads and orders them, read once per JVM: reading its sources cost a
     * test that checks pages against them seconds of CPU, and more than one test does.
     */
    public static synchronized List<Document> documents() {
        if (documents == null) {
            documents = RenderPlan.order(Pipeline.read(get().options()));
        }
        return documents;
    }

    /** The addresses the site of its first {@link #SMALLER} documents published, one a line. */
    public List<String> smallerAddresses() throws IOException {
        return Files.readAllLines(options.output().resolveSibling(SMALLER_ADDRESSES));
    }
}
