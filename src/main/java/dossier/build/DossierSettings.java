package dossier.build;

import dossier.model.Names;
import dossier.publishing.BuildException;
import dossier.publishing.web.PublicAddress;
import dossier.rendering.PageBudget;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A dossier's own settings, read from its jbake.properties (JBake reads the same file; templates see
 * these keys as config.dossier_title …).
 *
 * @param title the dossier's name, shown on every page
 * @param name    a file-name-safe name, used for the offline zip and its top folder
 * @param editor  who edits the dossier ({@code dossier.editor}, named in the book's metadata), or empty
 * @param address where the site is published ({@code dossier.base_url}), or offline
 * @param budget  the most a page may weigh ({@code dossier.page_budget}, KB): past it, pages made from the whole dossier split
 */
public record DossierSettings(String title, String name, String editor, PublicAddress address, PageBudget budget) {

    static final String TITLE = "dossier.title";
    static final String NAME = "dossier.name";
    static final String BASE_URL = "dossier.base_url";
    /** JBake's encoding of sources and pages; dossier's own stages use UTF-8 alone. */
    static final String ENCODING = "render.encoding";
    static final String EDITOR = "dossier.editor";
    static final String PAGE_BUDGET = "dossier.page_budget";

    public static DossierSettings load(Path root) {
        return load(root, null);
    }

    /** A name fit for files and zips, as a document's page name is made: "Dossier Mali été" → "dossier-mali-ete". */
    public static String fileSafeName(String name) {
        String slug = Names.slug(name);
        return slug.isEmpty() ? "dossier" : slug;
    }

    /** The line of jbake.properties that sets {@code key}, for messages; 1 when none does. */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().matches(java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // The message names the file all the same.
        }
        return 1;
    }

    /** The settings, with the base URL given on the command line (when not null) instead of the file's. */
    public static DossierSettings load(Path root, String baseUrl) {
        Properties properties = new Properties();
        Path file = root.resolve("jbake.properties");
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String encoding = properties.getProperty(ENCODING, "UTF-8").strip();
        if (!encoding.equalsIgnoreCase("UTF-8")) {
            throw new BuildException(file + ":" + lineOf(file, ENCODING) + ": " + ENCODING + "=" + encoding
                    + ": dossier reads and writes UTF-8 only; remove the line");
        }
        String title = properties.getProperty(TITLE, "Dossier").strip();
        String name = properties.getProperty(NAME, root.getFileName() == null ? "dossier" : root.getFileName().toString());
        if (Names.slug(name).isEmpty()) {
            throw new BuildException(file + ":" + lineOf(file, NAME) + ": " + NAME + " '" + name.strip()
                    + "' gives no file name for the offline zip (it needs a letter a-z or a digit)");
        }
        return new DossierSettings(title, fileSafeName(name), properties.getProperty(EDITOR, "").strip(),
                baseUrl != null ? PublicAddress.of(baseUrl, "--base-url")
                        : PublicAddress.of(properties.getProperty(BASE_URL), file + ": " + BASE_URL),
                budget(properties.getProperty(PAGE_BUDGET), file));
    }

    private static PageBudget budget(String value, Path file) {
        if (value == null) {
            return PageBudget.DEFAULT;
        }
        try {
            return new PageBudget(Integer.parseInt(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new BuildException(file + ":" + lineOf(file, PAGE_BUDGET) + ": " + PAGE_BUDGET + "=" + value.strip()
                    + ": " + (e instanceof NumberFormatException ? "give the most a page may weigh in KB, e.g. 500" : e.getMessage()));
        }
    }
}
