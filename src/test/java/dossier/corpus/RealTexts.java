package dossier.corpus;

import dossier.model.Document;
import dossier.reading.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real texts the reader is held to: the dossier's five sources (content/documents) and the 18 General
 * Assembly resolutions of another extractor (src/test/resources/corpus/ga-80), read as one dossier, so
 * every text has the words of all the others as evidence. The corpus files are read as they are, their
 * extractor's YAML front matter included (its keys record_id, source_pdf … are none of the reader's).
 */
public final class RealTexts {

    public static final Path SOURCES = Path.of("content/documents");
    public static final Path CORPUS = Path.of("src/test/resources/corpus/ga-80");

    /** One real text: its file, its lines as in the file, and what the reader made of it. */
    public record Text(Path file, List<String> lines, Document document) {

        public String name() {
            return file.getFileName().toString();
        }

        public boolean inCorpus() {
            return file.startsWith(CORPUS);
        }
    }

    private static List<Text> all;

    private RealTexts() {
    }

    /** All 23 texts, read once per test run. */
    public static synchronized List<Text> all() {
        if (all == null) {
            all = read(Stream.concat(files(SOURCES).stream(), files(CORPUS).stream()).toList());
        }
        return all;
    }

    public static Text named(String fileName) {
        return all().stream().filter(t -> t.name().equals(fileName)).findFirst().orElseThrow();
    }

    private static List<Text> read(List<Path> files) {
        List<Document> documents = SourceFiles.readAll(files);
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            texts.add(new Text(files.get(i), lines(files.get(i)), documents.get(i)));
        }
        return List.copyOf(texts);
    }

    /** The file's lines with a YAML front matter replaced by blank lines: the text as if no header had been written. */
    public static List<String> withoutFrontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            boolean close = i > 0 && out.get(i).strip().equals("---");
            out.set(i, "");
            if (close) {
                break;
            }
        }
        return out;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
