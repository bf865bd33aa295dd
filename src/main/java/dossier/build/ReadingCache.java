package dossier.build;

import dossier.model.Document;
import dossier.reading.DocumentReader;
import dossier.reading.SourceHeader;
import dossier.reading.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Reads a dossier's sources again after an edit, reusing the model of every source that would be read
 * the same: its lines are unchanged and every word its reading looked up in the dossier's vocabulary has
 * the same count in the new one. Any other source is read again. The result is the models
 * {@link DocumentReader#readAll} gives, exactly: a source's reading depends on its file, its lines and
 * the counts it looked up, nothing else.
 */
final class ReadingCache implements SourceFolder.Reader {

    /** A source as last read: its lines, the words its reading looked up with their counts, its model. */
    private record Read(List<String> lines, Map<String, Integer> seen, Document document) {
    }

    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    /** The body of each source as the vocabulary counts it, and the sum of their counts. */
    private final Map<Path, List<String>> counted = new HashMap<>();
    private final Map<String, Integer> words = new HashMap<>();
    private int reread;

    @Override
    public List<Document> readAll(List<Path> files, List<List<String>> lines) {
        if (lines.stream().anyMatch(text -> !text.isEmpty() && text.get(0).startsWith("\uFEFF"))) {
            // A mark left inside the text changes how DocumentReader splits the header; read it its own way.
            reads.clear();
            reread = files.size();
            return DocumentReader.readAll(files, lines);
        }
        Vocabulary vocabulary = vocabulary(files, IntStream.range(0, files.size())
                .mapToObj(i -> SourceHeader.split(files.get(i), lines.get(i)).body()).toList());
        reads.keySet().retainAll(files);
        List<Integer> stale = IntStream.range(0, files.size()).filter(i -> {
            Read last = reads.get(files.get(i));
            return last == null || !last.lines().equals(lines.get(i)) || !vocabulary.agrees(last.seen());
        }).boxed().toList();
        stale.parallelStream().forEach(i -> {
            Map<String, Integer> seen = new ConcurrentHashMap<>();
            Document document = DocumentReader.read(files.get(i), lines.get(i), vocabulary.recording(seen));
            reads.put(files.get(i), new Read(lines.get(i), seen, document));
        });
        reread = stale.size();
        List<Document> documents = new ArrayList<>();
        files.forEach(file -> documents.add(reads.get(file).document()));
        return documents;
    }

    /**
     * The vocabulary DocumentReader.readAll counts (every source's body), kept up to date: only the bodies
     * that changed are counted again, their old counts taken off the sum first.
     */
    private Vocabulary vocabulary(List<Path> files, List<List<String>> bodies) {
        Set<Path> present = new HashSet<>(files);
        for (Path gone : counted.keySet().stream().filter(file -> !present.contains(file)).toList()) {
            add(Vocabulary.counts(counted.remove(gone)), -1);
        }
        List<Integer> changed = IntStream.range(0, files.size())
                .filter(i -> !bodies.get(i).equals(counted.get(files.get(i)))).boxed().toList();
        Map<Integer, List<Map<String, Integer>>> recounted = new ConcurrentHashMap<>();
        changed.parallelStream().forEach(i -> {
            List<String> old = counted.get(files.get(i));
            recounted.put(i, List.of(old == null ? Map.of() : Vocabulary.counts(old), Vocabulary.counts(bodies.get(i))));
        });
        for (int i : changed) {
            add(recounted.get(i).get(0), -1);
            add(recounted.get(i).get(1), 1);
            counted.put(files.get(i), bodies.get(i));
        }
        return Vocabulary.ofCounts(words, bodies);
    }

    private void add(Map<String, Integer> counts, int sign) {
        counts.forEach((word, count) -> words.merge(word, sign * count, (a, b) -> a + b == 0 ? null : a + b));
    }

    /** How many sources the last {@link #readAll} read again (the others it reused). */
    int reread() {
        return reread;
    }
}
