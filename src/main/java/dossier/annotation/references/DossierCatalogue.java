package dossier.annotation.references;

import dossier.annotation.DocumentMemo;
import dossier.model.Anchors;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.UnDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dossier as something references can land on: its documents by symbol, its letters and reports by
 * date (including letters transmitted in an annex), and the anchors of each. Decides what a mention
 * points at, or that it points nowhere certain.
 */
final class DossierCatalogue {

    /** A letter's own title line: "Letter dated 12 October 2012 from the interim President of Mali …". */
    private static final Pattern LETTER_TITLE = Pattern.compile(
            "^(?:" + String.join("|", DocumentKind.LETTER_OPENINGS) + ") dated (\\d{1,2} " + UnDates.MONTH_PATTERN + " \\d{4})\\b");

    private record Dated(DocumentKind kind, LocalDate date) {
    }

    private final Map<String, Document> bySymbol = new HashMap<>();
    private final Map<Dated, List<Target>> byDate = new HashMap<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();

    /**
     * What a reference may land on in one document: the anchors a reference can name (a numbered paragraph's,
     * in a section or not: {@link ParagraphReferences}) and the letters it transmits. Only those: a paragraph
     * that gains or loses an anchor no reference can name (an unnumbered one's) leaves what every annotator
     * learned as it was, so serve does not annotate every document again.
     */
    private record Landings(Set<String> anchors, Map<LocalDate, Target> letters) {

        static Landings of(Document document) {
            return new Landings(document.anchoredBlocks().stream().map(Block::anchor)
                    .filter(anchor -> anchor.startsWith(Anchors.PARAGRAPH) || anchor.startsWith(Anchors.SECTION))
                    .collect(Collectors.toUnmodifiableSet()),
                    Collections.unmodifiableMap(transmittedLetters(document)));
        }
    }

    /** Each document's landings: found in the document alone, so kept for an unchanged one ({@link DocumentMemo}). */
    private static final DocumentMemo.Kind<Landings> LANDINGS = new DocumentMemo.Kind<>("reference landings");

    DossierCatalogue(List<Document> documents, DocumentMemo memo) {
        for (Document document : documents) {
            Landings landings = memo.of(LANDINGS, document, Landings::of);
            document.metadata().symbolIfPrinted().ifPresent(symbol -> bySymbol.put(symbol, document));
            anchors.put(document.slug(), landings.anchors());
            if (document.metadata().date() != null
                    && (document.metadata().kind() == DocumentKind.LETTER || document.metadata().kind() == DocumentKind.REPORT)) {
                byDate.computeIfAbsent(new Dated(document.metadata().kind(), document.metadata().date()), k -> new ArrayList<>())
                        .add(whole(document));
            }
            landings.letters().forEach((date, target) ->
                    byDate.computeIfAbsent(new Dated(DocumentKind.LETTER, date), k -> new ArrayList<>()).add(target));
        }
    }

    /** The catalogue as a value: each symbol's target, the targets by date, the anchors of each document. */
    Object learned() {
        Map<String, Target> symbols = new HashMap<>();
        bySymbol.forEach((symbol, document) -> symbols.put(symbol, whole(document)));
        return List.of(symbols, byDate, anchors);
    }

    /** What {@code mention}, read in {@code citing}, points at: another document, or a paragraph of {@code citing} itself. */
    Optional<Target> resolve(Mention mention, Document citing) {
        if (mention instanceof Mention.Symbol symbol) {
            if (symbol.symbol().equals(citing.metadata().symbol())) {
                return Optional.empty();
            }
            Document document = bySymbol.get(symbol.symbol());
            return Optional.of(document == null ? Target.outside(symbol.symbol()) : whole(document));
        }
        if (mention instanceof Mention.Dated dated) {
            // A document is not cited by its own date, but a letter may point at the letter in its annex.
            List<Target> candidates = byDate.getOrDefault(new Dated(dated.kind(), dated.date()), List.of()).stream()
                    .filter(t -> !(t.slug().equals(citing.slug()) && t.anchor().isEmpty())).distinct().toList();
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
        Mention.Paragraph paragraph = (Mention.Paragraph) mention;
        if (paragraph.of().isEmpty()) {
            return anchorIn(citing.slug(), paragraph)
                    .map(anchor -> new Target(citing.metadata().symbol(), citing.slug(), anchor, citing.metadata().title()));
        }
        return paragraph.of().flatMap(of -> resolve(of, citing))
                .filter(Target::inDossier)
                .flatMap(document -> anchorIn(document.slug(), paragraph)
                        .map(anchor -> new Target(document.symbol(), document.slug(), anchor, document.title())));
    }

    /** The paragraph's anchor if the document has it, else the whole paragraph's when only its sub-paragraph is missing. */
    private Optional<String> anchorIn(String slug, Mention.Paragraph paragraph) {
        Set<String> known = anchors.getOrDefault(slug, Set.of());
        if (known.contains(paragraph.anchor())) {
            return Optional.of(paragraph.anchor());
        }
        return known.contains(paragraph.wholeParagraphAnchor()) ? Optional.of(paragraph.wholeParagraphAnchor()) : Optional.empty();
    }

    private static Target whole(Document document) {
        return new Target(document.metadata().symbol(), document.slug(), "", document.metadata().title());
    }

    /**
     * Letters a document transmits, by date: every letter title after the document's own, pointing at
     * the annex that holds it (or at the title itself when the reader marked no annex).
     */
    private static Map<LocalDate, Target> transmittedLetters(Document document) {
        Map<LocalDate, Target> letters = new HashMap<>();
        boolean ownTitleSeen = document.metadata().kind() != DocumentKind.LETTER;
        List<InAnnex> blocks = new ArrayList<>();
        flatten(document.blocks(), "", blocks);
        for (InAnnex placed : blocks) {
            Matcher title = LETTER_TITLE.matcher(placed.block().text());
            if (!title.find()) {
                continue;
            }
            Optional<LocalDate> dated = UnDates.parse(title.group(1));
            if (dated.isEmpty()) {
                continue;
            }
            LocalDate date = dated.get();
            if (!ownTitleSeen && date.equals(document.metadata().date())) {
                ownTitleSeen = true;
                continue;
            }
            String anchor = placed.annex().isEmpty() ? placed.block().anchor() : placed.annex();
            letters.putIfAbsent(date, new Target(document.metadata().symbol(), document.slug(), anchor,
                    placed.block().text().strip()));
        }
        return letters;
    }

    /** A block with the anchor of the annex it stands in, or empty. */
    private record InAnnex(Block block, String annex) {
    }

    /** Every block in source order, anchored or not (an annex's own title has no anchor), with its annex. */
    private static void flatten(List<Block> blocks, String annex, List<InAnnex> out) {
        String current = annex;
        for (Block block : blocks) {
            if (Anchors.ANNEX.matcher(block.anchor()).matches()) {
                current = block.anchor();
            }
            out.add(new InAnnex(block, current));
            flatten(block.children(), current, out);
        }
    }
}
