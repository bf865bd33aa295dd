package dossier.model;

import java.util.List;

/**
 * What the reader found in one source, so an editor sees a bad extraction before a reader does.
 *
 * @param paragraphs      anchored blocks found
 * @param furnitureLines  lines dropped as page furniture (running heads, page numbers …)
 * @param words           words kept
 * @param oddities        anything that looked unusual, each naming its line
 */
public record ReadingReport(int paragraphs, int furnitureLines, int words, List<String> oddities) {

    public ReadingReport {
        oddities = List.copyOf(oddities);
    }
}
