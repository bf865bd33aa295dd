package dossier.annotation.acronyms;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.Mark;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.model.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                    Entry entry = glossary.entry(term.entryId()).orElseThrow();
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
        for (Run run : runs(text, earlier)) {
            for (String acronym : UnexplainedAcronyms.candidates(run.words(), glossary.lexicon())) {
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
        for (Passage passage : text.passages()) {
            List<Mark> on = earlier.stream().filter(m -> m.passage() == passage.index()).toList();
            for (Passage.Piece piece : passage.pieces()) {
                TreeSet<Integer> cuts = new TreeSet<>(List.of(piece.start(), piece.end()));
                for (Mark mark : on) {
                    for (int cut : new int[] {mark.start(), mark.end()}) {
                        if (cut > piece.start() && cut < piece.end()) {
                            cuts.add(cut);
                        }
                    }
                }
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

    /**
     * Values for the "Acronyms in this document" aside (parts/acronyms-aside.ftlh): a list of maps with
     * id, acronym (as the document writes it), expansion, count (of uses) and defined (whether the
     * document spells it out). Plain lists and maps of text, as templates of every kind read them.
     */
    @Override
    public Map<String, Object> pageData(Document document) {
        List<Map<String, Object>> acronyms = new ArrayList<>();
        for (Glossary.InDocument used : withUses().in(document.slug())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", used.entry().id());
            item.put("acronym", String.join(" / ", used.written()));
            item.put("expansion", used.entry().expansion());
            item.put("count", used.count());
            item.put("defined", used.definedHere());
            acronyms.add(item);
        }
        return Map.of("acronyms", acronyms);
    }
}
