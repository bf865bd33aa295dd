package dossier.annotation.index;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.Mark;
import dossier.model.DocumentText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where each document speaks of an index entry: a mark on every mention, and one locator per entry
 * and paragraph (the paragraph's first mention) in the build's ledger. The page shows no mark: the index
 * page links to the paragraphs, and the document's aside lists the entries (rendering/DocumentAsides).
 */
record IndexAnnotator(VariantMatcher matcher, Ledger ledger) implements Annotator {

    /** The ledger's record of every locator, at its paragraph's anchor. */
    static final Ledger.Kind<Locator> LOCATORS = new Ledger.Kind<>("index locators");

    @Override
    public Mark.Kind kind() {
        return Mark.Kind.INDEX;
    }

    /** A mark on every mention of an entry in an anchored paragraph; its payload is the {@link Locator}. */
    @Override
    public List<Mark> marks(DocumentText text, List<Mark> earlier) {
        List<Mark> marks = new ArrayList<>();
        for (DocumentText.Paragraph paragraph : text.paragraphs()) {
            matcher.find(paragraph.text()).forEach(match -> marks.add(mark(text, paragraph, match)));
        }
        return marks;
    }

    /** A mention's mark: on the passage where its words start, to their end or that passage's, whichever comes first. */
    private Mark mark(DocumentText text, DocumentText.Paragraph paragraph, VariantMatcher.Match match) {
        int passage = paragraph.passage(match.start());
        int end = paragraph.passage(match.end() - 1) == passage ? paragraph.offset(match.end() - 1) + 1
                : text.passages().get(passage).text().length();
        return new Mark(passage, paragraph.offset(match.start()), end, kind(),
                new Locator(text.document().slug(), paragraph.anchor(), match.entryId(), match.written()));
    }

    /** The variants and their senses are all a mention depends on. */
    @Override
    public Object learned() {
        return matcher.learned();
    }

    /** One locator per entry and paragraph: the paragraph's first mention of the entry. */
    @Override
    public void record(DocumentText text, List<Mark> earlier, List<Mark> kept) {
        Set<String> seen = new HashSet<>();
        for (Mark mark : kept) {
            Locator locator = (Locator) mark.payload();
            if (seen.add(locator.anchor() + " " + locator.entryId())) {
                ledger.record(LOCATORS, locator.slug(), locator.anchor(), locator);
            }
        }
    }
}
