package dossier.annotation.index;

import dossier.annotation.Ledger;
import dossier.annotation.acronyms.Glossary;
import dossier.model.AnchorLabels;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.model.Sentences;
import dossier.model.UnDates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names an editor may want to index: capitalised words and phrases that recur in the documents where no
 * entry's variant stands, for `dossier check`. Nothing found here reaches the published index; the
 * editor decides, and adds an entry or lists the name under not_indexed.
 */
public final class IndexCandidates {

    /** A phrase of capitalised words, with the small words inside names ("Bank of Mali"); not "and", which mostly joins two names. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}’'\\-]*(?:[ ]+(?:(?:of|de|du|des|la|le|the|for|in|pour|l’|d’)[ ]+)*\\p{Lu}[\\p{L}’'\\-]*)*");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    /** Months and days, in lower case: no names. */
    private static final Set<String> CALENDAR = Stream.concat(UnDates.MONTHS.stream(),
                    Stream.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
            .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** How often a name must recur to be reported. */
    static final int RECURRING = 2;

    /**
     * A name no entry covers, how often the documents write it, and one paragraph that does.
     *
     * @param where "S/2012/894, para. 11"
     */
    public record Candidate(String name, int count, String where) {
    }

    private IndexCandidates() {
    }

    /**
     * The report `dossier check` prints: a heading line, then one line per candidate (count, name, where).
     *
     * @param content the dossier's content folder (its glossary.yml and index.yml)
     */
    public static List<String> report(List<Document> documents, Path content) {
        DossierIndex index = DossierIndex.learn(documents, content, Glossary.learn(documents, content), new Ledger());
        List<Candidate> candidates = find(documents, index);
        List<String> lines = new ArrayList<>();
        lines.add(candidates.isEmpty() ? "Index: every recurring capitalised name has an entry."
                : "Index candidates: capitalised names that recur and no entry of index.yml covers (add an entry, or list the name under not_indexed):");
        candidates.forEach(c -> lines.add(String.format(Locale.ROOT, "  %4d  %-60s e.g. %s", c.count(), c.name(), c.where())));
        return lines;
    }

    /** The candidates among the anchored paragraphs of {@code documents}, the words their pages print. */
    static List<Candidate> find(List<Document> documents, DossierIndex index) {
        List<String[]> paragraphs = new ArrayList<>();
        for (Document document : documents) {
            String name = document.metadata().displayName();
            for (DocumentText.Paragraph paragraph : DocumentText.of(document).paragraphs()) {
                String text = outsideEntries(paragraph.text(), index.matcher());
                paragraphs.add(new String[] {text, name + ", " + AnchorLabels.label(paragraph.anchor())});
            }
        }
        // A word the documents capitalise inside a sentence may be a name wherever it stands.
        Set<String> capitalisedInside = new HashSet<>();
        for (String[] paragraph : paragraphs) {
            Matcher m = NAME.matcher(paragraph[0]);
            while (m.find()) {
                if (!Sentences.mayStartAt(paragraph[0], m.start())) {
                    capitalisedInside.add(m.group().split(" +")[0]);
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (String[] paragraph : paragraphs) {
            Matcher m = NAME.matcher(paragraph[0]);
            while (m.find()) {
                String name = name(paragraph[0], m, capitalisedInside);
                if (name != null && !index.notIndexed(name)) {
                    counts.merge(name, 1, Integer::sum);
                    where.putIfAbsent(name, paragraph[1]);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= RECURRING)
                .map(e -> new Candidate(e.getKey(), e.getValue(), where.get(e.getKey())))
                .sorted(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::name))
                .toList();
    }

    /** The paragraph with every entry's variant blanked out, so that only what no entry covers is left. */
    private static String outsideEntries(String text, VariantMatcher matcher) {
        StringBuilder left = new StringBuilder(text);
        for (VariantMatcher.Match match : matcher.find(text)) {
            for (int i = match.start(); i < match.end(); i++) {
                left.setCharAt(i, DocumentText.BREAK);
            }
        }
        return left.toString();
    }

    /**
     * The name a match stands for, or null: a sentence's first word is capitalised for the sentence
     * ("Calls upon …", "Furthermore"), so it is dropped unless the documents capitalise it inside a
     * sentence too; months and days are no names.
     */
    private static String name(String text, Matcher m, Set<String> capitalisedInside) {
        List<String> words = new ArrayList<>(List.of(POSSESSIVE.matcher(m.group()).replaceFirst("").split(" +")));
        boolean sentenceStart = Sentences.mayStartAt(text, m.start());
        if (sentenceStart && !capitalisedInside.contains(words.get(0))) {
            words.remove(0);
            while (!words.isEmpty() && Character.isLowerCase(words.get(0).charAt(0))) {
                words.remove(0);
            }
        }
        if (words.isEmpty() || (words.size() == 1 && (CALENDAR.contains(words.get(0).toLowerCase(Locale.ROOT))
                || words.get(0).length() < 2))) {
            return null;
        }
        return String.join(" ", words);
    }
}
