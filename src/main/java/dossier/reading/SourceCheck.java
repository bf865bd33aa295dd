package dossier.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What can be found wrong with each source on its own, before the dossier is read as a whole: bytes
 * that are not text, a header that does not parse, a malformed value of a key dossier reads. Every
 * problem of every file is collected, so an editor fixes them all after one run.
 *
 * @param problems the errors found, in file order
 * @param warnings what was converted or looks like a slip, each naming its file and line
 */
public record SourceCheck(List<SourceException> problems, List<String> warnings) {

    public static SourceCheck of(List<Path> files) {
        List<SourceException> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            try {
                SourceBytes bytes = SourceBytes.read(file);
                bytes.notices().forEach(notice -> warnings.add(file + ":1: " + notice));
                SourceText source = SourceHeader.split(file, bytes.lines());
                HeaderOverrides.check(source);
                warnings.addAll(HeaderOverrides.warnings(source));
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        return new SourceCheck(List.copyOf(problems), List.copyOf(warnings));
    }
}
