package dossier.cli;

import dossier.build.DossierSettings;
import dossier.publishing.BuildException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * dossier init DIR: starts a new dossier folder, as `hugo new site` starts a site: jbake.properties with
 * its title and name, content/documents/ with a README on what goes there, and an editorial page to
 * rewrite. The folder builds at once; templates and assets come from dossier's own theme.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a new dossier folder that builds at once; add UN texts to its content/documents/.")
final class InitCommand implements Callable<Integer> {

    /** Each file of a new dossier, from the resources under dossier/init/. */
    private static final Map<String, String> FILES = files();

    @Parameters(paramLabel = "DIR", description = "The folder to create (it may exist if it is empty).")
    Path folder;

    @Option(names = "--title", paramLabel = "TITLE", description = "The dossier's title, shown on every page (default: the folder's name).")
    String title;

    @Spec
    CommandSpec spec;

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("jbake.properties", "jbake.properties");
        files.put("content/documents/README.md", "README.md");
        files.put("content/pages/about.md", "about.md");
        return files;
    }

    @Override
    public Integer call() {
        refuseAFolderInUse(folder);
        String folderName = folder.toAbsolutePath().normalize().getFileName() == null ? "dossier"
                : folder.toAbsolutePath().normalize().getFileName().toString();
        String dossierTitle = (title == null || title.isBlank() ? folderName : title).replaceAll("\\s+", " ").strip();
        String name = DossierSettings.fileSafeName(folderName);
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                String text = resource(file.getValue()).replace("{{title}}", propertyValue(dossierTitle)).replace("{{name}}", name);
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new BuildException("cannot create the dossier folder " + folder + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Created the dossier \"%s\" in %s.%nAdd UN texts (.txt) to %s, then: dossier build --source %s%n",
                dossierTitle, folder, folder.resolve("content/documents"), folder);
        return 0;
    }

    /** A new dossier goes into a new or empty folder only: nothing an editor wrote is ever overwritten. */
    private static void refuseAFolderInUse(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BuildException(folder + " is a file, not a folder");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new BuildException(folder + " is not empty: dossier init only starts a new folder"
                            + " (to build an existing dossier: dossier build --source " + folder + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A value as java.util.Properties reads it back: backslashes doubled, no line breaks. */
    private static String propertyValue(String value) {
        return value.replace("\\", "\\\\");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("/dossier/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dossier's jar lacks its resource dossier/init/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
