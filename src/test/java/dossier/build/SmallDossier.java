package dossier.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A dossier of its own for tests, written into a temporary folder: two short UN-style documents (a letter
 * whose metadata the build infers, a resolution described by YAML front matter) and an editorial page.
 * It has no templates/ or assets/: the project's own serve as its theme.
 */
public final class SmallDossier {

    public static final String LETTER = """
            S/2021/400

            Letter dated 3 May 2021 from the Permanent Representative of Ruritania
            to the United Nations addressed to the President of the Security Council

            I have the honour to transmit the statement of my Government on the
            elections of 2 May 2021 <script>alert("not run")</script> in Ruritania.

            I should be grateful if the present letter could be circulated as a document
            of the Security Council.

            S/2021/400
            2/2 21-06512
            """;

    public static final String RESOLUTION = """
            ---
            symbol: S/RES/9999(2021)
            title: The situation in Ruritania
            date: 2021-06-30
            kind: resolution
            ---
            Resolution 9999 (2021)

            Adopted by the Security Council at its 9000th meeting, on 30 June 2021

            The Security Council,

            Recalling the letter of Ruritania of 3 May 2021,

            1. Decides to remain seized of the matter.
            """;

    public static final String PAGE = """
            title=About this test dossier
            type=page
            status=published
            ~~~~~~

            A dossier of two documents, made for a test, with a paragraph
            written over two lines as editors do.
            """;

    private SmallDossier() {
    }

    /** Writes the dossier into {@code root} and returns it. */
    public static Path writeInto(Path root) {
        write(root.resolve("content/documents/s-2021-400.txt"), LETTER);
        write(root.resolve("content/documents/s-res-9999.txt"), RESOLUTION);
        write(root.resolve("content/pages/about.md"), PAGE);
        return root;
    }

    /** The project folder: its templates/ and assets/ are the theme of dossiers that have none. */
    public static Path theme() {
        return Path.of(".").toAbsolutePath().normalize();
    }

    public static BuildOptions options(Path root) {
        return new BuildOptions(root, root.resolve("output"), theme());
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder} with its bytes, to compare a site before and after. */
    public static Map<Path, byte[]> snapshot(Path folder) {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder with everything in it (a dossier's content/, templates/ …). */
    public static void copyTree(Path from, Path to) throws IOException {
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
