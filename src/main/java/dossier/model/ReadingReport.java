package dossier.model;

import java.util.List;

/**
 * What the reader found in one source, so an editor sees a bad extraction before a reader does.
 *
 * @param paragraphs        paragraphs found (numbered, unnumbered, preambular, sub-paragraphs)
 * @param headings          headings found
 * @param furnitureLines    lines dropped as page furniture (symbols, job numbers, barcodes, page numbers, rules, stray marks)
 * @param runningTitleLines lines dropped as the document's title repeated at a page break
 * @param inlineDebris      extraction marks removed inside lines ({@code **}, {@code $S_{/…}$}, a page mark run into text)
 * @param words             words kept
 * @param footnotes         footnotes found
 * @param footnotesLinked   footnotes whose marker was found in the text, linked both ways
 * @param restarts          sections under which the paragraph numbering starts again at 1 ("II", "annex, II")
 * @param oddities          anything that looked unusual, each naming its line: markers left unlinked and why
 * @param pages             pages found: the page breaks between kept lines (form feeds, furniture bands, footnotes), plus one
 * @param joinedAcrossPages lines that went on, after a page break, with the paragraph or heading before it
 * @param tables            tables found
 * @param columnPages       pages read column by column (two columns side by side)
 * @param wordsRejoined     words rejoined: split by a hyphen at a line end or by a space inside them
 */
public record ReadingReport(int paragraphs, int headings, int furnitureLines, int runningTitleLines, int inlineDebris,
                            int words, int footnotes, int footnotesLinked, List<String> restarts, List<String> oddities,
                            int pages, int joinedAcrossPages, int tables, int columnPages, int wordsRejoined) {

    public ReadingReport {
        restarts = List.copyOf(restarts);
        oddities = List.copyOf(oddities);
    }

    public ReadingReport(int paragraphs, int furnitureLines, int words, List<String> oddities) {
        this(paragraphs, 0, furnitureLines, 0, 0, words, 0, 0, List.of(), oddities, 1, 0, 0, 0, 0);
    }
}
