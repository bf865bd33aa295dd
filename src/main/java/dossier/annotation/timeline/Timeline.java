package dossier.annotation.timeline;

import dossier.annotation.DocumentMemo;
import dossier.model.AnchorLabels;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every date the documents mention, in date order, with the paragraph that mentions it: the dossier's
 * events as its own documents tell them. A day and month without a year is dated from the document's
 * own date by its sentence's tense, and says so; a document's own date in its title or headings only dates the document, which
 * the day lists as issued.
 */
public record Timeline(List<Year> years) {

    /** Blocks in which a document speaks; a date elsewhere (title, headings, cover, signature) labels it. */
    private static final Set<Block.Type> SPEECH = Set.of(Block.Type.PARAGRAPH, Block.Type.PREAMBULAR,
            Block.Type.OPERATIVE, Block.Type.SUBPARAGRAPH, Block.Type.FOOTNOTE);

    /** One year's days, for the page's year headings. */
    public record Year(int year, List<Day> days) {
    }

    /** One date, the documents issued that day and the paragraphs that mention it. */
    public record Day(LocalDate date, List<Document> issued, List<DateMention> mentions) {

        /** "12 October 2012", for the page. */
        public String label() {
            return UnDates.display(date);
        }
    }

    /** Each document's dates: found in the document alone, so kept for an unchanged one ({@link DocumentMemo}). */
    private static final DocumentMemo.Kind<List<DateMention>> MENTIONS = new DocumentMemo.Kind<>("dates mentioned");

    public static Timeline learn(List<Document> documents) {
        return learn(documents, DocumentMemo.NONE);
    }

    public static Timeline learn(List<Document> documents, DocumentMemo memo) {
        Map<LocalDate, List<DateMention>> mentions = new TreeMap<>();
        Map<LocalDate, List<Document>> issued = new TreeMap<>();
        for (Document document : documents) {
            if (document.metadata().date() != null) {
                issued.computeIfAbsent(document.metadata().date(), d -> new ArrayList<>()).add(document);
            }
            for (DateMention mention : memo.of(MENTIONS, document, Timeline::mentionsIn)) {
                mentions.computeIfAbsent(mention.date(), d -> new ArrayList<>()).add(mention);
            }
        }
        SortedSet<LocalDate> dates = new TreeSet<>(mentions.keySet());
        dates.addAll(issued.keySet());
        Map<Integer, List<Day>> years = new TreeMap<>();
        for (LocalDate date : dates) {
            Day day = new Day(date, issued.getOrDefault(date, List.of()),
                    mentions.getOrDefault(date, List.of()).stream().distinct().toList());
            years.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(day);
        }
        return new Timeline(years.entrySet().stream().map(e -> new Year(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    /** The dates a document's text mentions, in text order, but for those that only date the document itself. */
    private static List<DateMention> mentionsIn(Document document) {
        List<DateMention> found = new ArrayList<>();
        for (Block block : document.anchoredBlocks()) {
            for (DateFinder.Found date : DateFinder.find(block.text(), document.metadata().date())) {
                if (!datesItself(document, block, date)) {
                    found.add(mention(document, block, date));
                }
            }
        }
        return List.copyOf(found);
    }

    /** "Annex to the letter dated 21 June 2023 …" in that letter: the date of the document, not an event. */
    private static boolean datesItself(Document document, Block block, DateFinder.Found found) {
        return found.date().equals(document.metadata().date()) && !SPEECH.contains(block.type());
    }

    private static DateMention mention(Document document, Block block, DateFinder.Found found) {
        return new DateMention(found.date(), document.slug(), document.metadata().displayName(), block.anchor(), AnchorLabels.label(block.anchor()),
                found.before(), found.written(), found.after(), found.yearInferred(), found.reason());
    }

    /**
     * For {@code dossier check}: each day and month of the document written without a year, with the year
     * given it and why ("para. 71: 10 December → 10 December 2012, after the document’s date: “is expected to”").
     */
    public static List<String> inferredYears(Document document) {
        List<String> lines = new ArrayList<>();
        if (document.metadata().date() == null) {
            return lines;
        }
        for (Block block : document.anchoredBlocks()) {
            for (DateFinder.Found found : DateFinder.find(block.text(), document.metadata().date())) {
                if (found.yearInferred()) {
                    lines.add(AnchorLabels.label(block.anchor()) + ": " + found.written() + " → "
                            + UnDates.display(found.date()) + ", " + found.reason());
                }
            }
        }
        return lines;
    }
}
