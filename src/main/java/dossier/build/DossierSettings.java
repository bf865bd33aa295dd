package dossier.build;

import dossier.model.Names;
import dossier.publishing.web.PublicAddress;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A dossier's own settings, read from its jbake.properties (JBake reads the same file; templates see
 * these keys as config.dossier_title …).
 *
 * @param title the dossier's name, shown on every page
 * @param name    a file-name-safe name, used for the offline zip and its top folder
 * @param address where the site is published ({@code dossier.base_url}), or offline
 */
public record DossierSettings(String title, String name, PublicAddress address) {

    static final String TITLE = "dossier.title";
    static final String NAME = "dossier.name";
    static final String BASE_URL = "dossier.base_url";

    public static DossierSettings load(Path root) {
        return load(root, null);
    }

    /** A name fit for files and zips, as a document's page name is made: "Dossier Mali été" → "dossier-mali-ete". */
    public static String fileSafeName(String name) {
        String slug = Names.slug(name);
        return slug.isEmpty() ? "dossier" : slug;
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
        String title = properties.getProperty(TITLE, "Dossier").strip();
        String name = properties.getProperty(NAME, root.getFileName() == null ? "dossier" : root.getFileName().toString());
        return new DossierSettings(title, fileSafeName(name),
                baseUrl != null ? PublicAddress.of(baseUrl, "--base-url")
                        : PublicAddress.of(properties.getProperty(BASE_URL), file + ": " + BASE_URL));
    }
}
