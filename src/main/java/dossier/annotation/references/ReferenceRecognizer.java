package dossier.annotation.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds every reference to a document in a piece of text: symbols, resolutions by number, letters and
 * reports by date, numbered paragraphs. A pure function of the text and the citing document's body.
 */
public final class ReferenceRecognizer {

    /** What stands between a date and the symbol that repeats it: "… dated 28 November 2012 (S/2012/894)". */
    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("\\s*\\(");

    private ReferenceRecognizer() {
    }

    /**
     * The references in {@code text}, in order, none overlapping. {@code citingBody} is the issuing body
     * of the document the text is from ("Security Council"), or empty; it tells which body "its
     * resolutions 20/17 …" belong to.
     */
    public static List<Mention> find(String text, String citingBody) {
        List<Mention> documents = new ArrayList<>();
        documents.addAll(SymbolReferences.find(text));
        documents.addAll(ResolutionReferences.find(text, citingBody));
        documents.addAll(DatedReferences.find(text));
        documents = withoutOverlaps(documents);
        List<Mention> all = new ArrayList<>(withoutDatesRepeatedBySymbol(text, documents));
        all.addAll(ParagraphReferences.find(text, documents));
        return withoutOverlaps(all);
    }

    private static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : sorted) {
            if (kept.isEmpty() || mention.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** A letter or report named by date and then by its symbol in brackets is one reference: the symbol. */
    private static List<Mention> withoutDatesRepeatedBySymbol(String text, List<Mention> sorted) {
        List<Mention> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention mention = sorted.get(i);
            boolean repeated = mention instanceof Mention.Dated && i + 1 < sorted.size()
                    && sorted.get(i + 1) instanceof Mention.Symbol next
                    && OPEN_PARENTHESIS.matcher(text.substring(mention.end(), next.start())).matches();
            if (!repeated) {
                kept.add(mention);
            }
        }
        return kept;
    }
}
