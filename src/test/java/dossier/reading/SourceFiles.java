package dossier.reading;

import dossier.model.Document;
import java.nio.file.Path;
import java.util.List;

/**
 * Sources read for tests through the build's own entry points ({@link DocumentReader#readSources},
 * {@link DocumentReader#read(SourceText, Vocabulary)}): from a file, from lines in memory, or a set of files
 * read together with their shared vocabulary as a build reads them.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** Reads every file with the vocabulary of them all, in the order given. */
    public static List<Document> readAll(List<Path> files) {
        return DocumentReader.readSources(files.parallelStream().map(file -> SourceHeader.split(file, lines(file))).toList());
    }

    /** Reads one file with its own vocabulary only. */
    public static Document read(Path file) {
        return read(file, lines(file));
    }

    /** Reads lines held in memory with their own vocabulary only; {@code file} names them and gives the page its slug. */
    public static Document read(Path file, List<String> lines) {
        SourceText source = SourceHeader.split(file, lines);
        return DocumentReader.read(source, Vocabulary.of(List.of(source.body())));
    }

    private static List<String> lines(Path file) {
        return SourceBytes.read(file).lines();
    }
}
