package dossier.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What can be found wrong with each source on its own, before the dossier is read as a whole: bytes
 * that are not text, a header that does not parse, a malformed value of a key dossier reads. Every
 * problem of every file is collected, so an editor fixes them all after one run.
 *
 * @param sources  each file's text as decoded and split into header and body, in file order (empty for a
 *                 file with a problem), so that the reading neither decodes nor parses them again
 * @param problems the errors found, in file order
 * @param warnings what was converted or looks like a slip, each naming its file and line
 */
public record SourceCheck(List<SourceText> sources, List<SourceException> problems, List<String> warnings) {

    /**
     * The longest line read, in characters: a UN source's longest line is about 1,300 (a paragraph on one
     * line); the reader's patterns work a line at a time and take time in proportion to its length.
     */
    public static final int MAX_LINE = 20_000;
    /**
     * The longest paragraph read (lines between blank lines), in characters: the longest in the corpus is
     * 88,000 (a table); joining a paragraph's lines costs more than its length beyond this.
     */
    public static final int MAX_PARAGRAPH = 1_000_000;

    /** One file's text, header parsed, and what was found in it: a pure function of its bytes. */
    public record Checked(SourceText source, SourceException problem, List<String> warnings) {
    }

    public static SourceCheck of(List<Path> files) {
        return of(files, SourceCheck::check);
    }

    /** As {@link #of(List)}, each file checked by {@code check} (which may give a file's last check again if its bytes are the same). */
    public static SourceCheck of(List<Path> files, Function<Path, Checked> check) {
        // Each file is decoded and checked on its own, on every core; what is found is gathered in file order.
        List<Checked> checked = files.parallelStream().map(check).toList();
        List<SourceText> sources = new ArrayList<>();
        List<SourceException> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Checked file : checked) {
            sources.add(file.source());
            if (file.problem() != null) {
                problems.add(file.problem());
            }
            warnings.addAll(file.warnings());
        }
        return new SourceCheck(List.copyOf(sources), List.copyOf(problems), List.copyOf(warnings));
    }

    private static void requireShortLines(Path file, List<String> lines) {
        long paragraph = 0;
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_LINE) {
                throw new SourceException(file, i + 1, "line too long (" + line.length() + " characters; the limit is "
                        + MAX_LINE + "); break it where its sentences or paragraphs end");
            }
            first = paragraph == 0 ? i : first;
            paragraph = line.isBlank() ? 0 : paragraph + line.length() + 1;
            if (paragraph > MAX_PARAGRAPH) {
                throw new SourceException(file, first + 1, "paragraph too long (over " + MAX_PARAGRAPH
                        + " characters, the limit); put a blank line where each of its paragraphs ends");
            }
        }
    }

    /** Reads, decodes and checks one file. */
    public static Checked check(Path file) {
        return check(file, () -> SourceBytes.read(file));
    }

    /** Decodes and checks one file's bytes, read already (at most {@link SourceBytes#MAX_BYTES}). */
    public static Checked check(Path file, byte[] read) {
        return check(file, () -> SourceBytes.decode(file, read));
    }

    private static Checked check(Path file, Supplier<SourceBytes> read) {
        List<String> warnings = new ArrayList<>();
        try {
            SourceBytes bytes = read.get();
            bytes.notices().forEach(notice -> warnings.add(file + ":1: " + notice));
            requireShortLines(file, bytes.lines());
            SourceText source = SourceHeader.split(file, bytes.lines());
            HeaderOverrides.check(source);
            warnings.addAll(HeaderOverrides.warnings(source));
            return new Checked(source, null, warnings);
        } catch (SourceException e) {
            return new Checked(new SourceText(file, Map.of(), Map.of(), List.of(), 1), e, warnings);
        }
    }
}
