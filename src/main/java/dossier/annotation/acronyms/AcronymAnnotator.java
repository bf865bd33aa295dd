package dossier.annotation.acronyms;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.Mark;
import dossier.model.DocumentText;
import dossier.model.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds every use of a glossary entry in a document's text: an acronym, or a long form written out.
 * A definition is not a use of its own entry: in "Economic Community of West African States (ECOWAS)"
 * neither the long form nor the acronym is a use, though another acronym inside a long form is. It reads
 * the words as the page prints them, after references, which its uses never cut across.
 */
public final class AcronymAnnotator implements Annotator {

    /**
     * A use of an entry: which, as the lexicon writes it, whether written as an acronym (not its long
     * form), and what a reader is shown of it (the expansion of an acronym, the acronym of a long form).
     */
    public record Use(String entryId, String written, boolean acronym, String shown) {
    }

    /** The ledger's record of every use marked, at its anchor. */
    static final Ledger.Kind<Use> USES = new Ledger.Kind<>("acronym uses");
    /** Words used like acronyms that nothing explains, as the pages show them. */
    static final Ledger.Kind<String> UNEXPLAINED = new Ledger.Kind<>("unexplained acronyms");

    /** A run of words no earlier mark cuts: what one use lies within. */
    private record Run(Passage passage, int start, String words, String anchor) {
    }

    private final Glossary glossary;
    private final Ledger ledger;
    private Glossary withUses;

    AcronymAnnotator(Glossary glossary, Ledger ledger) {
        this.glossary = glossary;
        this.ledger = ledger;
    }

    @Override
    public Mark.Kind kind() {
        return Mark.Kind.ACRONYM;
    }

    /** After references: a use inside a reference stays inside it. */
    @Override
    public Set<Mark.Kind> after() {
        return Set.of(Mark.Kind.REFERENCE);
    }

    @Override
    public List<Mark> marks(DocumentText text, List<Mark> earlier) {
        List<Mark> marks = new ArrayList<>();
        Lexicon lexicon = glossary.lexicon();
        for (Run run : runs(text, earlier)) {
            List<Definition> definitions = DefinitionFinder.find(run.words());
            for (Lexicon.Match match : lexicon.find(run.words())) {
                boolean ownDefinition = definitions.stream().anyMatch(d -> d.covers(match.start(), match.end())
                        && lexicon.entryOf(d.acronym()).filter(match.term().entryId()::equals).isPresent());
                if (!ownDefinition) {
                    Lexicon.Term term = match.term();
                    GlossaryEntry entry = glossary.entry(term.entryId()).orElseThrow();
                    marks.add(new Mark(run.passage().index(), run.start() + match.start(), run.start() + match.end(), kind(),
                            new Use(term.entryId(), term.written(), term.acronym(), term.acronym() ? entry.expansion() : entry.acronym())));
                }
            }
        }
        return marks;
    }

    /** The entries (what a use shows) and every way they are written (what is found, and what is unexplained). */
    @Override
    public Object learned() {
        return List.of(glossary.entries(), glossary.lexicon().terms());
    }

    @Override
    public void record(DocumentText text, List<Mark> earlier, List<Mark> kept) {
        String slug = text.document().slug();
        Set<String> writtenAsWords = UnexplainedAcronyms.writtenAsWords(text.passages().stream().map(Passage::text));
        for (Run run : runs(text, earlier)) {
            for (String acronym : UnexplainedAcronyms.candidates(run.words(), glossary.lexicon(), writtenAsWords)) {
                ledger.record(UNEXPLAINED, slug, run.anchor(), acronym);
            }
        }
        for (Mark mark : kept) {
            Passage passage = text.passages().get(mark.passage());
            ledger.record(USES, slug, passage.pieceAt(mark.start()).anchor(), (Use) mark.payload());
        }
    }

    /** The document's words in runs: each piece of each passage, cut where an earlier mark starts or ends; blank runs left out. */
    private static List<Run> runs(DocumentText text, List<Mark> earlier) {
        List<Run> runs = new ArrayList<>();
        // Each passage's marks read once, not once per passage and piece: a document of 40,000 symbols stays linear.
        Map<Integer, TreeSet<Integer>> edges = new HashMap<>();
        for (Mark mark : earlier) {
            TreeSet<Integer> on = edges.computeIfAbsent(mark.passage(), p -> new TreeSet<>());
            on.add(mark.start());
            on.add(mark.end());
        }
        for (Passage passage : text.passages()) {
            TreeSet<Integer> on = edges.getOrDefault(passage.index(), new TreeSet<>());
            for (Passage.Piece piece : passage.pieces()) {
                TreeSet<Integer> cuts = new TreeSet<>(on.subSet(piece.start(), false, piece.end(), false));
                cuts.add(piece.start());
                cuts.add(piece.end());
                Integer from = cuts.first();
                for (Integer to : cuts.tailSet(from, false)) {
                    String words = passage.text().substring(from, to);
                    if (!words.isBlank()) {
                        runs.add(new Run(passage, from, words, piece.anchor()));
                    }
                    from = to;
                }
            }
        }
        return runs;
    }

    /** The glossary with every use marked; read once every document is annotated. */
    public synchronized Glossary withUses() {
        if (withUses == null) {
            withUses = glossary.withUses(ledger);
        }
        return withUses;
    }
}
