package dossier.model;

import java.util.List;

/**
 * What the reader found in one source, so an editor sees a bad extraction before a reader does.
 *
 * @param paragraphs     paragraphs found (numbered, unnumbered, preambular, sub-paragraphs)
 * @param headings       headings found
 * @param furnitureLines lines dropped as page furniture (running heads, job numbers, page numbers, stray marks)
 * @param inlineDebris   extraction marks removed inside lines ({@code **}, {@code $S_{/…}$}, a page mark run into text)
 * @param words          words kept
 * @param oddities       anything that looked unusual, each naming its line
 */
public record ReadingReport(int paragraphs, int headings, int furnitureLines, int inlineDebris, int words,
                            List<String> oddities) {

    public ReadingReport {
        oddities = List.copyOf(oddities);
    }

    public ReadingReport(int paragraphs, int furnitureLines, int words, List<String> oddities) {
        this(paragraphs, 0, furnitureLines, 0, words, oddities);
    }
}
