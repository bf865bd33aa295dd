package dossier.reading;

import java.nio.file.Path;

/** A source that cannot be read as written. The message names the file and the line, as editors need. */
public class SourceException extends RuntimeException {

    private final transient Path file;
    private final int line;

    public SourceException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
