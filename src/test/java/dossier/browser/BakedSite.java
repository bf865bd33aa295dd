package dossier.browser;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.RunFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real dossier (this project's content/, templates/ and assets/) baked into a folder, and the pages a
 * reader meets in it, found from the site itself so new page kinds are checked as they appear.
 */
public record BakedSite(Path root) {

    static final String HOME = "index.html";
    static final String EDITORIAL_PAGE = "pages/about.html";
    static final String NOT_FOUND = "404.html";

    private static BakedSite realDossier;
    private static BakedSite bakedAgain;

    /**
     * The real dossier, baked once per run for every test that only reads it, browser tests and others,
     * shared by the run's test JVMs ({@link RunFixture}): a bake per class, then per JVM, cost more than most
     * of their checks.
     */
    public static synchronized BakedSite realDossier() {
        if (realDossier == null) {
            realDossier = bake("real-dossier");
        }
        return realDossier;
    }

    /**
     * The real dossier baked a second time, in a folder of its own, once per run: what the tests that two
     * builds of the same sources give the same bytes (the zip, the book …) compare with {@link #realDossier}.
     */
    public static synchronized BakedSite realDossierAgain() {
        realDossier();
        if (bakedAgain == null) {
            bakedAgain = bake("real-dossier-again");
        }
        return bakedAgain;
    }

    private static BakedSite bake(String name) {
        Path site = RunFixture.made(name, folder -> Pipeline.build(new BuildOptions(Path.of("."), folder.resolve("site"), Path.of("."))))
                .resolve("site");
        return new BakedSite(site);
    }

    /** Every HTML page of the site, relative to its root, in a stable order. */
    List<String> allPages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted()
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of a document page's anchored paragraphs and items, in order: the addresses a reader may link. */
    List<String> anchors(String page) {
        try {
            return Jsoup.parse(root.resolve(page).toFile(), "UTF-8").select("#document-text [id]").eachAttr("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of every element of a page: the fragments a link to it may name. */
    Set<String> ids(String page) {
        try {
            return Set.copyOf(Jsoup.parse(root.resolve(page).toFile(), "UTF-8").select("[id]").eachAttr("id"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document pages, in the order the home page lists them. */
    List<String> documentPages() {
        return home().select("main a[href^=documents/]").eachAttr("href").stream()
                .map(BakedSite::withoutFragment).distinct().toList();
    }

    /**
     * One page of each kind: the home page, the first document, an editorial page, the "not found" page,
     * and every page the site's navigation leads to (glossary, search … as they are added).
     */
    List<String> pageKinds() {
        Set<String> pages = new LinkedHashSet<>();
        pages.add(HOME);
        pages.add(documentPages().get(0));
        pages.add(EDITORIAL_PAGE);
        pages.add(NOT_FOUND);
        home().select("nav a[href]").eachAttr("href").stream()
                .filter(href -> !href.contains(":") && !href.startsWith("#"))
                .map(BakedSite::withoutFragment).forEach(pages::add);
        return List.copyOf(pages);
    }

    private Document home() {
        try {
            return Jsoup.parse(root.resolve(HOME).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }
}
