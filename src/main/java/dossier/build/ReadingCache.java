package dossier.build;

import dossier.model.Document;
import dossier.reading.DocumentReader;
import dossier.reading.SourceBytes;
import dossier.reading.SourceCheck;
import dossier.reading.SourceText;
import dossier.reading.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Reads a dossier's sources again after an edit, reusing the model of every source that would be read
 * the same: its header and body are unchanged and every word its reading looked up in the dossier's vocabulary has
 * the same count in the new one. Any other source is read again. The result is the models
 * {@link DocumentReader#readSources} gives, exactly: a source's reading depends on its file, its header
 * and body and the counts it looked up, nothing else. A source looks up thousands of words, so only the readings that
 * looked up a word whose answer changed since the last build (its count, or where it splits) are compared.
 * A source is decoded, its header parsed and checked again only if its bytes changed.
 */
final class ReadingCache implements SourceFolder.Reader {

    /**
     * A source as last read: its text, the words its reading looked up with their counts (the keys of a
     * {@link Vocabulary#recording}), those words alone, sorted, and its model. The words and keys are the
     * JVM's one copy of each ({@link String#intern}): every source looks up thousands, mostly the same ones,
     * and held once per source they were most of serve's memory at 10,000 documents.
     */
    private record Read(SourceText source, Map<String, Integer> seen, String[] words, Document document) {

        static Read of(SourceText source, Map<String, Integer> seen, Document document) {
            Map<String, Integer> kept = new HashMap<>(seen.size() * 4 / 3 + 1);
            seen.forEach((key, count) -> kept.put(key.intern(), count));
            return new Read(source, Map.copyOf(kept), seen.keySet().stream().map(Vocabulary::wordOf).distinct().sorted()
                    .map(String::intern).toArray(String[]::new), document);
        }

        /** Whether the reading looked up any of these words. */
        boolean lookedUp(Set<String> changed) {
            if (changed.size() > words.length) {
                return Arrays.stream(words).anyMatch(changed::contains);
            }
            return changed.stream().anyMatch(word -> Arrays.binarySearch(words, word) >= 0);
        }
    }

    /**
     * A source's bytes as last checked: their size, time of last change and digest, when that was seen,
     * and what the check found.
     */
    private record Checked(long size, FileTime modified, byte[] digest, long seenAt, SourceCheck.Checked result) {

        /**
         * Whether the file's size and time are enough to say it is unchanged: only if it had not been written for
         * a while when it was seen, as a file written again within the same tick of the file system's clock
         * keeps its time (Git's "racy" files); otherwise its bytes are compared.
         */
        boolean unchanged(BasicFileAttributes now) {
            return now.size() == size && now.lastModifiedTime().equals(modified) && modified.toMillis() < seenAt - RACY_MILLIS;
        }
    }

    /** How long before it was seen a file must have last been written for its size and time to be trusted. */
    private static final long RACY_MILLIS = 2000;

    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();
    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    /** The body of each source as the vocabulary counts it, and the sum of their counts. */
    private final Map<Path, List<String>> counted = new HashMap<>();
    private final Map<String, Integer> words = new HashMap<>();
    /** The vocabulary every kept reading agrees with; null when not known (each reading is then compared whole). */
    private Vocabulary last;
    /** The vocabulary of the bodies {@code counted} holds, made by the last {@link #vocabulary}; null if none was finished. */
    private Vocabulary made;
    /** The words whose count differs from the last vocabulary's. */
    private final Set<String> recounted = new HashSet<>();
    private int reread;

    /** Every source checked, the check of one whose bytes are as last checked (by size and time, else by digest) reused. */
    @Override
    public SourceCheck check(List<Path> files) {
        checked.keySet().retainAll(new HashSet<>(files));
        return SourceCheck.of(files, this::check);
    }

    private SourceCheck.Checked check(Path file) {
        try {
            long seenAt = System.currentTimeMillis();
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Checked last = checked.get(file);
            if (last != null && last.unchanged(attributes)) {
                return last.result();
            }
            if (attributes.size() > SourceBytes.MAX_BYTES) {
                checked.remove(file);
                return SourceCheck.check(file);
            }
            // The digest and the check are of the same bytes, whatever is written meanwhile.
            byte[] bytes = Files.readAllBytes(file);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            SourceCheck.Checked result = last != null && Arrays.equals(last.digest(), digest) ? last.result() : SourceCheck.check(file, bytes);
            checked.put(file, new Checked(attributes.size(), attributes.lastModifiedTime(), digest, seenAt, result));
            return result;
        } catch (IOException | NoSuchAlgorithmException e) {
            // Not readable now: the check says why, and nothing is kept.
            checked.remove(file);
            return SourceCheck.check(file);
        }
    }

    @Override
    public List<Document> readAll(List<SourceText> sources) {
        List<Path> files = sources.stream().map(SourceText::file).toList();
        Vocabulary vocabulary = vocabulary(files, sources.stream().map(SourceText::body).toList());
        Set<String> changed = last == null ? null : changedWords(vocabulary);
        last = null;
        reads.keySet().retainAll(new HashSet<>(files));
        // A reused check gives the same source, so most are found equal at once.
        List<SourceText> stale = sources.stream().filter(source -> {
            Read kept = reads.get(source.file());
            return kept == null || !kept.source().equals(source)
                    || (changed == null || kept.lookedUp(changed)) && !vocabulary.agrees(kept.seen());
        }).toList();
        stale.parallelStream().forEach(source -> {
            Map<String, Integer> seen = new ConcurrentHashMap<>();
            Document document = DocumentReader.read(source, vocabulary.recording(seen));
            reads.put(source.file(), Read.of(source, seen, document));
        });
        last = vocabulary;
        reread = stale.size();
        List<Document> documents = new ArrayList<>();
        files.forEach(file -> documents.add(reads.get(file).document()));
        return documents;
    }

    /** The words whose answer may differ from the last vocabulary's: recounted, or split otherwise. */
    private Set<String> changedWords(Vocabulary vocabulary) {
        Set<String> changed = new HashSet<>(recounted);
        changed.addAll(vocabulary.splitsDifferingFrom(last));
        return changed;
    }

    /**
     * The vocabulary DocumentReader.readSources counts (every source's body), kept up to date: only the bodies
     * that changed are counted again, their old counts taken off the sum first.
     */
    private Vocabulary vocabulary(List<Path> files, List<List<String>> bodies) {
        recounted.clear();
        Vocabulary before = made;
        made = null;
        List<List<String>> removed = new ArrayList<>();
        Set<Path> present = new HashSet<>(files);
        for (Path gone : counted.keySet().stream().filter(file -> !present.contains(file)).toList()) {
            removed.add(counted.remove(gone));
            Map<String, Integer> counts = Vocabulary.counts(removed.get(removed.size() - 1));
            add(counts, -1);
            recounted.addAll(counts.keySet());
        }
        List<Integer> changed = IntStream.range(0, files.size())
                .filter(i -> !bodies.get(i).equals(counted.get(files.get(i)))).boxed().toList();
        Map<Integer, List<Map<String, Integer>>> recounts = new ConcurrentHashMap<>();
        changed.parallelStream().forEach(i -> {
            List<String> old = counted.get(files.get(i));
            recounts.put(i, List.of(old == null ? Map.of() : Vocabulary.counts(old), Vocabulary.counts(bodies.get(i))));
        });
        for (int i : changed) {
            Map<String, Integer> was = recounts.get(i).get(0);
            Map<String, Integer> after = recounts.get(i).get(1);
            add(was, -1);
            add(after, 1);
            was.forEach((word, count) -> {
                if (!count.equals(after.get(word))) {
                    recounted.add(word);
                }
            });
            after.keySet().stream().filter(word -> !was.containsKey(word)).forEach(recounted::add);
            List<String> old = counted.put(files.get(i), bodies.get(i));
            if (old != null) {
                removed.add(old);
            }
        }
        List<List<String>> added = changed.stream().map(bodies::get).toList();
        made = before == null ? Vocabulary.ofCounts(words, bodies) : Vocabulary.ofCounts(words, bodies, before, removed, added);
        return made;
    }

    private void add(Map<String, Integer> counts, int sign) {
        counts.forEach((word, count) -> words.merge(word, sign * count, (a, b) -> a + b == 0 ? null : a + b));
    }

    /** How many sources the last {@link #readAll} read again (the others it reused). */
    int reread() {
        return reread;
    }
}
