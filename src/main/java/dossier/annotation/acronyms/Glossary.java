package dossier.annotation.acronyms;

import dossier.annotation.DocumentMemo;
import dossier.annotation.Ledger;
import dossier.model.Document;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The dossier's acronyms: every acronym the documents spell out or the editor's file explains, with
 * where each is defined and every paragraph that uses it. Learned from the model of all documents before
 * any page is rendered, so a document can take an acronym's meaning from another; the uses are those the
 * pages mark, read from the build's ledger.
 */
public final class Glossary {

    private final GlossaryBuilder learned;
    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byId;
    private final Map<String, List<InDocument>> byDocument;
    private final Lexicon lexicon;
    private final SortedMap<String, SortedSet<String>> unexplained;

    Glossary(GlossaryBuilder learned, List<GlossaryEntry> entries, Lexicon lexicon, SortedMap<String, SortedSet<String>> unexplained) {
        this.learned = learned;
        this.entries = List.copyOf(entries);
        this.byId = entries.stream().collect(Collectors.toMap(GlossaryEntry::id, e -> e));
        this.byDocument = byDocument(this.entries);
        this.lexicon = lexicon;
        this.unexplained = unexplained;
    }

    /**
     * Learns the glossary from the model of every document and the editor's file, content/glossary.yml:
     * its entries and every definition, but no uses yet (they are what the annotator marks).
     */
    public static Glossary learn(List<Document> documents, Path content) {
        return learn(documents, content, DocumentMemo.NONE);
    }

    /** As {@link #learn(List, Path)}, taking each unchanged document's definitions from {@code memo}. */
    public static Glossary learn(List<Document> documents, Path content, DocumentMemo memo) {
        return GlossaryBuilder.learn(documents, content.resolve(GlossaryFile.NAME), memo);
    }

    /** The annotator marking this glossary's uses on the pages, recording each in {@code ledger}. */
    public AcronymAnnotator annotator(Ledger ledger) {
        return new AcronymAnnotator(this, ledger);
    }

    /**
     * The glossary with the uses the annotator recorded in {@code ledger} (every document annotated), and
     * the words used like acronyms that nothing explains; warns the editor about what the file lacks.
     */
    public Glossary withUses(Ledger ledger) {
        return learned.withUses(ledger);
    }

    /** Every entry, by acronym. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /**
     * An entry a document spells out or uses.
     *
     * @param written     the acronyms as the document writes them ("MUJWA"), or the entry's own where
     *                    the document writes only the long form
     * @param count       how often the document uses it
     * @param definedHere whether the document spells it out
     */
    public record InDocument(GlossaryEntry entry, List<String> written, int count, boolean definedHere) {
    }

    /** The entries a document spells out or uses, by acronym, for its aside. */
    public List<InDocument> in(String slug) {
        return byDocument.getOrDefault(slug, List.of());
    }

    /** Every document's entries, found once for all pages rather than by a scan per page. */
    private static Map<String, List<InDocument>> byDocument(List<GlossaryEntry> entries) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (GlossaryEntry entry : entries) {
            entry.definitions().forEach(d -> counts.computeIfAbsent(d.slug(), s -> new HashMap<>()).putIfAbsent(entry.id(), 0));
            entry.uses().forEach(u -> counts.computeIfAbsent(u.slug(), s -> new HashMap<>()).merge(entry.id(), u.count(), Integer::sum));
        }
        Map<String, List<InDocument>> found = new HashMap<>();
        counts.forEach((slug, byEntry) -> found.put(slug, entries.stream().filter(e -> byEntry.containsKey(e.id()))
                .map(entry -> new InDocument(entry, entry.writtenIn().getOrDefault(slug, List.of(entry.acronym())),
                        byEntry.get(entry.id()), entry.definitions().stream().anyMatch(d -> d.slug().equals(slug))))
                .toList()));
        return found;
    }

    public Optional<GlossaryEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Acronyms the documents define that the editor's file lacks: they need a description. */
    public List<String> notInEditorFile() {
        return entries.stream().filter(e -> !e.inEditorFile()).map(GlossaryEntry::acronym).toList();
    }

    /** Words used like acronyms that nothing explains, each with the documents using it. */
    public SortedMap<String, SortedSet<String>> unexplained() {
        return unexplained;
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
