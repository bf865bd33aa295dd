package dossier.corpus;

import dossier.model.Document;
import dossier.reading.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The 16 Security Council documents of src/test/resources/corpus/sc-reports (README there: eight extractors,
 * 1991–2019), read as one dossier with no header written by hand.
 */
public final class ScReports {

    public static final Path CORPUS = Path.of("src/test/resources/corpus/sc-reports");

    private static List<RealTexts.Text> all;

    private ScReports() {
    }

    public static synchronized List<RealTexts.Text> all() {
        if (all == null) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(CORPUS)) {
                files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Document> documents = SourceFiles.readAll(files);
            List<RealTexts.Text> texts = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    texts.add(new RealTexts.Text(files.get(i), Files.readAllLines(files.get(i)), documents.get(i)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            all = List.copyOf(texts);
        }
        return all;
    }

    public static RealTexts.Text named(String fileName) {
        return all().stream().filter(t -> t.name().equals(fileName)).findFirst().orElseThrow();
    }
}
