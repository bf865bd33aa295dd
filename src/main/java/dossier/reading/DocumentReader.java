package dossier.reading;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one source file into a {@link Document}: header, then text, then what the text says of itself. */
public final class DocumentReader {

    private DocumentReader() {
    }

    public static Document read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new SourceException(file, 1, "not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(file, lines);
    }

    /** Reads lines already in memory; {@code file} names them in messages and gives the page its slug. */
    public static Document read(Path file, List<String> lines) {
        SourceText source = SourceHeader.split(file, stripBom(lines));
        TextReader.Result text = TextReader.read(source.body());
        List<String> paragraphs = text.blocks().stream().map(Block::text).toList();
        Metadata metadata = HeaderOverrides.apply(MetadataInference.infer(source.body(), paragraphs), source);
        return new Document(Document.slugOf(file.getFileName().toString()), metadata, text.blocks(), report(metadata, text));
    }

    private static ReadingReport report(Metadata metadata, TextReader.Result text) {
        List<String> oddities = new ArrayList<>();
        if (metadata.symbol().isEmpty()) {
            oddities.add("no UN symbol printed in the text (add 'symbol' to the header if it has one)");
        }
        if (metadata.date() == null) {
            oddities.add("no date found (add 'date' to the header)");
        }
        int words = text.blocks().stream().mapToInt(b -> b.text().split("\\s+").length).sum();
        return new ReadingReport(text.blocks().size(), text.furnitureLines(), words, oddities);
    }

    private static List<String> stripBom(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(lines);
            copy.set(0, copy.get(0).substring(1));
            return copy;
        }
        return lines;
    }
}
