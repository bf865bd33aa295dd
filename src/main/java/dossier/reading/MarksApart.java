package dossier.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table whose first column's labels and bullets the extractor printed apart from the rows' text (pdftotext on a
 * benchmark table): a run of lines of short labels ("Year", "2008", "Indicators of progress"), none going on with a
 * sentence, and of bullets alone or with a label ("•", "• •", "• 2009"), two of each at least, then the rows' text,
 * up to the next blank line or page break. The labels of words are its heads; which text goes with which label of
 * figures is not known, so its cells stand in one row, in the order printed, and this is reported. Bullets alone,
 * with no label among them, are a list's.
 */
final class MarksApart {

    /** Words of a label among bullets printed apart ("Indicators of progress"). */
    private static final int LABEL_WORDS = 3;
    private static final Pattern FOOTNOTE_LETTER = Pattern.compile("[a-z]");

    private MarksApart() {
    }

    /** The table that starts at {@code from}, if one does. */
    static Optional<Tables.Table> at(List<SourceLine> lines, List<String> words, int from) {
        int at = from;
        int bullets = 0;
        int labels = 0;
        while (at < lines.size() && (marks(words, at) || shortLabel(words, at))) {
            bullets += marks(words, at) ? 1 : 0;
            labels += marks(words, at) ? 0 : 1;
            at++;
        }
        int text = at;
        if (at < lines.size()) {
            at++;
        }
        while (at < lines.size() && !lines.get(at).blankBefore() && !lines.get(at).pageBreakBefore()) {
            at++;
        }
        if (bullets < 2 || labels < 2 || at == text) {
            return Optional.empty();
        }
        List<String> heads = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (int i = from; i < text; i++) {
            String line = Whitespace.single(words.get(i)).strip();
            boolean head = !marks(words, i) && line.chars().noneMatch(Character::isDigit) && line.codePoints().filter(Character::isLetter).count() > 1;
            (head ? heads : marks).add(line);
        }
        int width = Math.max(2, heads.size());
        List<String> row = new ArrayList<>(List.of(String.join(" ", marks)));
        while (row.size() < width - 1) {
            row.add("");
        }
        row.add(String.join(" ", words.subList(text, at).stream().map(w -> Whitespace.single(w).strip()).toList()));
        List<List<String>> rows = heads.size() >= 2 ? List.of(List.copyOf(heads), List.copyOf(row)) : List.of(List.copyOf(row));
        List<String> labelled = marks.stream().map(m -> Whitespace.single(m.replace("•", " ")).strip()).filter(m -> !m.isEmpty()).toList();
        return Optional.of(new Tables.Table(at - from, rows, heads.size() >= 2 ? 1 : 0, Optional.of("line " + lines.get(from).number()
                + ": table “" + String.join(" / ", heads) + "” prints the bullets" + (labelled.isEmpty() ? "" : " and labels (“"
                + String.join("”, “", labelled) + "”)") + " of its first column apart from its rows' text, so its rows cannot"
                + " be told apart; its cells stand in one row, as printed")));
    }

    /** A line of bullets, with a short label or none ("•", "• •", "• 2009"). */
    private static boolean marks(List<String> words, int line) {
        String text = words.get(line);
        return text.indexOf('•') >= 0 && shortText(text.replace("•", " "));
    }

    /**
     * A line of a few words that ends no clause, no bullet among them, nor goes on with a sentence ("Indicators of
     * progress", "2010-2011"); or a footnote's letter ("b").
     */
    private static boolean shortLabel(List<String> words, int line) {
        String text = words.get(line);
        return text.indexOf('•') < 0 && (!Markers.continues(text) || FOOTNOTE_LETTER.matcher(text).matches()) && shortText(text);
    }

    private static boolean shortText(String text) {
        String words = Whitespace.single(text).strip();
        return words.isEmpty() || (Whitespace.pieces(words) <= LABEL_WORDS && !Markers.terminal(words));
    }
}
