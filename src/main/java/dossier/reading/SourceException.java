package dossier.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A source that cannot be read as written. The message names the file and the line, as editors need;
 * a build that finds several such sources reports them all at once ({@link #all}).
 */
public class SourceException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final transient List<SourceException> problems;

    public SourceException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problems = List.of(this);
    }

    private SourceException(List<SourceException> problems) {
        super(problems.size() + " problems in the sources:\n" + problems.stream()
                .map(p -> "  " + p.getMessage()).collect(Collectors.joining("\n")));
        this.file = problems.get(0).file;
        this.line = problems.get(0).line;
        this.problems = List.copyOf(problems);
    }

    /** One exception for every problem found: the problem itself when there is one. */
    public static SourceException all(List<SourceException> problems) {
        return problems.size() == 1 ? problems.get(0) : new SourceException(problems);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** Each problem, with its own file and line. */
    public List<SourceException> problems() {
        return problems;
    }
}
