package dossier.publishing.search;

import dossier.annotation.Mark;
import dossier.model.AnchorLabels;
import dossier.model.Document;
import dossier.model.DocumentText;
import dossier.model.PageAddress;
import dossier.model.UnDates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dossier's search index, built from the documents' annotated texts (their paragraphs and marks, as their pages print them): one entry per anchored paragraph,
 * an inverted index from term to paragraphs, and the acronyms the pages expand. It is written as many small
 * scripts ({@link SearchParts}), of which a query loads only the few it needs.
 *
 * <p>Postings, chosen to be small (goal: the inverted index at most 30 % of the text it indexes): for each
 * term, its paragraphs, each as one number v = gap × 26 + weight − 1, where gap is the paragraph number less
 * the previous one's (the first counts from 0) and weight is the paragraph's weight for the term, 1–26 (see
 * {@link #weight}). v is written as its quotient by 62 in base 28 with the {@link #HIGH} digits (none when it
 * is 0), then its remainder as one {@link #LOW} digit. Most postings take one or two characters.
 */
public final class SearchIndex {

    /** The last digit of a posting, base 62 (search.js holds the same two alphabets). */
    static final String LOW = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** The digits before it, base 28: JSON-safe punctuation, no space (the separator), no '<'. */
    static final String HIGH = "!#$%&'()*+,-./:;=>?@[]^_`{|}";

    /** A document as results name it; page is its address relative to the site root. */
    record IndexedDocument(String page, String symbol, String title, String date) {
    }

    /**
     * One anchored paragraph; document is its index in the document list. Its text is held as UTF-8: a build
     * holds every paragraph's text until the index is written, and a String holding one character past
     * Latin-1 (’, —, common in UN texts) takes two bytes for every character.
     */
    record IndexedParagraph(int document, String anchor, String label, byte[] utf8, List<PageParagraphs.InnerAnchor> places) {

        static IndexedParagraph of(int document, String anchor, String label, String text, List<PageParagraphs.InnerAnchor> places) {
            return new IndexedParagraph(document, anchor, label, text.getBytes(StandardCharsets.UTF_8), places);
        }

        String text() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        /** The text's length in UTF-8. */
        int bytes() {
            return utf8.length;
        }
    }

    /** How often and how early a paragraph names a term; position counts terms from 0. */
    private record Use(int count, int first) {
        Use onceMore() {
            return new Use(count + 1, first);
        }
    }

    private final List<IndexedDocument> documents;
    private final List<IndexedParagraph> entries;
    private final SortedMap<String, String> postings;
    private final SortedMap<String, List<String>> acronyms;

    private SearchIndex(List<IndexedDocument> documents, List<IndexedParagraph> entries, SortedMap<String, String> postings,
                        SortedMap<String, List<String>> acronyms) {
        this.documents = documents;
        this.entries = entries;
        this.postings = postings;
        this.acronyms = acronyms;
    }

    /** What a document's annotated text gives the index: its paragraphs and each one's terms, weighed. */
    public static final class Page {
        private final List<PageParagraphs.Paragraph> paragraphs;
        private final List<Map<String, Integer>> weights = new ArrayList<>();

        Page(List<PageParagraphs.Paragraph> paragraphs) {
            this.paragraphs = paragraphs;
            for (PageParagraphs.Paragraph paragraph : paragraphs) {
                weights.add(weights(termsWithExpansions(paragraph)));
            }
        }
    }

    /** Reads a document's text with its marks (as its page prints them); any thread may call it. */
    public static Page page(DocumentText text, List<Mark> marks) {
        return new Page(PageParagraphs.of(text, marks));
    }

    /** Builds the index from documents' pages added in the dossier's order. */
    public static final class Builder {
        private final List<IndexedDocument> indexed = new ArrayList<>();
        private final List<IndexedParagraph> entries = new ArrayList<>();
        private final Map<String, Postings> postings = new HashMap<>();
        private final SortedMap<String, List<String>> acronyms = new TreeMap<>();

        public void add(Document document, Page page) {
            indexed.add(new IndexedDocument(PageAddress.of(document.slug()), document.metadata().symbol(), document.metadata().title(),
                    document.metadata().date() == null ? "" : UnDates.display(document.metadata().date())));
            for (int i = 0; i < page.paragraphs.size(); i++) {
                PageParagraphs.Paragraph paragraph = page.paragraphs.get(i);
                int entry = entries.size();
                // Labels ("para. 12") recur in every document: one string each.
                entries.add(IndexedParagraph.of(indexed.size() - 1, paragraph.anchor(), AnchorLabels.label(paragraph.anchor()).intern(),
                        paragraph.text(), paragraph.places()));
                page.weights.get(i).forEach((term, weight) -> postings.computeIfAbsent(term, t -> new Postings()).add(entry, weight));
                paragraph.acronyms().forEach(acronym -> learn(acronyms, acronym));
            }
        }

        public SearchIndex build() {
            SortedMap<String, String> encoded = new TreeMap<>();
            postings.forEach((term, list) -> encoded.put(term, list.out.toString()));
            return new SearchIndex(List.copyOf(indexed), List.copyOf(entries), encoded, acronyms);
        }
    }

    /** A term's postings, encoded as paragraphs are added in order (see the format above). */
    private static final class Postings {
        private final StringBuilder out = new StringBuilder();
        private int previous;

        void add(int entry, int weight) {
            int value = (entry - previous) * 26 + weight - 1;
            out.append(high(value / LOW.length())).append(LOW.charAt(value % LOW.length()));
            previous = entry;
        }
    }

    /** Each term of one paragraph with its weight, from how often and how early the paragraph names it. */
    private static Map<String, Integer> weights(List<String> terms) {
        Map<String, Use> uses = new HashMap<>();
        for (int position = 0; position < terms.size(); position++) {
            uses.merge(terms.get(position), new Use(1, position), (earlier, again) -> earlier.onceMore());
        }
        Map<String, Integer> weights = new HashMap<>();
        uses.forEach((term, use) -> weights.put(term, weight(use.count(), use.first())));
        return weights;
    }

    /** Keeps an acronym of one term and its expansion; the first expansion met wins. */
    private static void learn(SortedMap<String, List<String>> acronyms, PageParagraphs.Acronym acronym) {
        List<String> acronymTerms = SearchTerms.terms(acronym.acronym());
        List<String> expansion = SearchTerms.terms(acronym.expansion());
        if (acronymTerms.size() == 1 && !expansion.isEmpty() && !expansion.equals(acronymTerms)) {
            acronyms.putIfAbsent(acronymTerms.get(0), expansion);
        }
    }

    /**
     * A paragraph's terms in reading order, each acronym's expansion standing right after the acronym, so
     * that "Economic Community of West African States" finds a paragraph that only says "ECOWAS".
     */
    private static List<String> termsWithExpansions(PageParagraphs.Paragraph paragraph) {
        List<String> out = new ArrayList<>();
        List<PageParagraphs.Acronym> pending = new ArrayList<>(paragraph.acronyms());
        for (SearchTerms.Token token : SearchTerms.tokens(paragraph.text())) {
            out.add(token.term());
            while (!pending.isEmpty() && pending.get(0).offset() <= token.start()) {
                out.addAll(SearchTerms.terms(pending.remove(0).expansion()));
            }
        }
        pending.forEach(acronym -> out.addAll(SearchTerms.terms(acronym.expansion())));
        return out;
    }

    /**
     * How strongly a paragraph is about a term, 1–26: more for a term named often (by its logarithm, so a
     * long paragraph does not win by length alone) and more for a term named early (a paragraph that opens
     * with it is about it; one that names it in passing at the end is not).
     */
    static int weight(int count, int firstPosition) {
        double often = 1 + Math.log(count);
        double early = 1 + 1 / (1 + firstPosition / 10.0);
        return (int) Math.max(1, Math.min(26, Math.round(often * early * 4)));
    }

    private static String high(int quotient) {
        return quotient == 0 ? "" : high(quotient / HIGH.length()) + HIGH.charAt(quotient % HIGH.length());
    }

    List<IndexedDocument> documents() {
        return documents;
    }

    List<IndexedParagraph> entries() {
        return entries;
    }

    /** The postings of a term, decoded: paragraph number → weight (empty when no paragraph has it). */
    Map<Integer, Integer> postings(String term) {
        return decode(postings.getOrDefault(term, ""));
    }

    /** Postings as encoded, decoded: paragraph number → weight. */
    static Map<Integer, Integer> decode(String encoded) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int number = 0;
        int quotient = 0;
        for (char c : encoded.toCharArray()) {
            int high = HIGH.indexOf(c);
            if (high >= 0) {
                quotient = quotient * HIGH.length() + high;
            } else {
                int value = quotient * LOW.length() + LOW.indexOf(c);
                number += value / 26;
                out.put(number, value % 26 + 1);
                quotient = 0;
            }
        }
        return out;
    }

    /** Every term with its postings as encoded, in sorted order. */
    SortedMap<String, String> encodedPostings() {
        return postings;
    }

    SortedMap<String, List<String>> acronyms() {
        return acronyms;
    }

    /**
     * For each acronym, the postings of its expansion's terms kept to the paragraphs that hold all of them,
     * under {@code mark + acronym + mark + term}: all a query for the acronym needs of its expansion, where
     * the terms' own postings ("state", "nation") would be the largest files a query reads. Only for the
     * acronyms with a term whose postings are longer than {@code longerThan}: the others' cost little.
     */
    SortedMap<String, String> expansionPostings(String mark, int longerThan) {
        SortedMap<String, String> out = new TreeMap<>();
        Map<String, int[]> decoded = new HashMap<>();
        acronyms.forEach((acronym, expansion) -> {
            List<String> terms = expansion.stream().distinct().toList();
            if (terms.stream().noneMatch(t -> postings.getOrDefault(t, "").length() > longerThan)) {
                return;
            }
            List<int[]> lists = terms.stream().map(t -> decoded.computeIfAbsent(t, this::pairs)).toList();
            int[] rarest = lists.stream().min(Comparator.comparingInt(l -> l.length)).orElseThrow();
            List<Postings> kept = terms.stream().map(t -> new Postings()).toList();
            int[] at = new int[lists.size()];
            for (int i = 0; i < rarest.length; i += 2) {
                int paragraph = rarest[i];
                if (allHold(lists, at, paragraph)) {
                    for (int k = 0; k < lists.size(); k++) {
                        kept.get(k).add(paragraph, lists.get(k)[at[k] + 1]);
                    }
                }
            }
            for (int k = 0; k < terms.size(); k++) {
                if (kept.get(k).out.length() > 0) {
                    out.put(mark + acronym + mark + terms.get(k), kept.get(k).out.toString());
                }
            }
        });
        return out;
    }

    /** Whether every list holds a paragraph, moving each list's place (pairs of paragraph and weight, in order) up to it. */
    private static boolean allHold(List<int[]> lists, int[] at, int paragraph) {
        boolean all = true;
        for (int k = 0; k < lists.size(); k++) {
            int[] list = lists.get(k);
            while (at[k] < list.length && list[at[k]] < paragraph) {
                at[k] += 2;
            }
            all &= at[k] < list.length && list[at[k]] == paragraph;
        }
        return all;
    }

    /** A term's postings as pairs of paragraph and weight, in paragraph order. */
    private int[] pairs(String term) {
        Map<Integer, Integer> postings = postings(term);
        int[] out = new int[2 * postings.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> posting : postings.entrySet()) {
            out[i++] = posting.getKey();
            out[i++] = posting.getValue();
        }
        return out;
    }

    /** Writes the index into the site folder as the parts a query loads (see {@link SearchParts}); says how big they are. */
    public SearchParts.Size write(Path site) {
        return new SearchParts(this).write(site);
    }

    /** The sizes of the parts, without writing them. */
    public SearchParts.Size size() {
        return new SearchParts(this).write(null);
    }

    static String array(String... items) {
        return "[" + String.join(",", items) + "]";
    }
}
