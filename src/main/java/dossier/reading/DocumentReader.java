package dossier.reading;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads sources into {@link Document}s: header, then page furniture and footnotes, then the title repeated
 * as a running head (known once the lines are grouped, so they are grouped again without it), then lines
 * into blocks, then what the text says of itself. Reading the whole dossier at once lets every document use the words of all
 * the others as evidence (a word split at a line end is rejoined as the dossier writes it elsewhere).
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /** Reads every source, its header parsed already (by {@link SourceCheck}), with the whole dossier's vocabulary. */
    public static List<Document> readSources(List<SourceText> sources) {
        Vocabulary vocabulary = Vocabulary.of(sources.stream().map(SourceText::body).toList());
        // Each source is then read on its own (the vocabulary is only read), so on every core.
        return sources.parallelStream().map(source -> read(source, vocabulary)).toList();
    }

    /** Reads one source, its header parsed already, with a given vocabulary (the dossier's, or a test's). */
    public static Document read(SourceText source, Vocabulary vocabulary) {
        Columns.Read columns = Columns.read(source.body());
        PageFurniture.Result kept = PageFurniture.strip(columns.lines(), columns.lineNumbers(source.firstLine()), vocabulary);
        List<LineGroups.Group> firstReading = LineGroups.group(kept.lines(), Layout.of(kept.lines()));
        RunningTitles.Result titled = RunningTitles.strip(kept.lines(), firstReading);
        List<LineGroups.Group> groups = titled.removed() == 0 ? firstReading
                : LineGroups.group(titled.lines(), Layout.of(titled.lines()));
        StructureReader.Result structure = StructureReader.read(groups, kept.footnotes(), vocabulary);
        Metadata metadata = HeaderOverrides.apply(MetadataInference.infer(source.body(), structure.blocks()), source);
        List<String> oddities = new ArrayList<>(kept.oddities());
        oddities.addAll(structure.oddities());
        if (metadata.symbol().isEmpty()) {
            oddities.add("no UN symbol printed in the text (add 'symbol' to the header if it has one)");
        }
        if (metadata.date() == null) {
            oddities.add("no date printed on the cover, in the title or in an adoption line (add 'date' to the header)");
        }
        return new Document(Document.slugOf(source.file().getFileName().toString()), metadata, structure.blocks(),
                report(structure, groups, kept, columns.pages(), titled.removed(), oddities), HeaderOverrides.unread(source));
    }

    private static ReadingReport report(StructureReader.Result structure, List<LineGroups.Group> groups,
                                        PageFurniture.Result kept, int columnPages, int runningTitleLines,
                                        List<String> oddities) {
        List<Block> blocks = structure.blocks();
        int[] counts = new int[3];
        Set<String> footnotes = new HashSet<>();
        Set<String> markers = new HashSet<>();
        count(blocks, counts, footnotes, markers);
        int linked = (int) footnotes.stream().filter(markers::contains).count();
        return new ReadingReport(counts[0], counts[1], kept.furnitureLines(), runningTitleLines, kept.debrisMarks(),
                counts[2], footnotes.size(), linked, structure.restarts(), oddities, kept.pages(), joinedAcrossPages(groups),
                structure.tables(), columnPages, structure.wordsRejoined());
    }

    /** Lines after a page break that went on with the block before it: a paragraph cut by the page, whole again. */
    private static int joinedAcrossPages(List<LineGroups.Group> groups) {
        int joined = 0;
        for (LineGroups.Group group : groups) {
            for (int i = 1; i < group.lines().size(); i++) {
                joined += !group.isTable() && group.lines().get(i).pageBreakBefore() ? 1 : 0;
            }
        }
        return joined;
    }

    private static void count(List<Block> blocks, int[] counts, Set<String> footnotes, Set<String> markers) {
        for (Block block : blocks) {
            switch (block.type()) {
                case PARAGRAPH, PREAMBULAR, OPERATIVE, SUBPARAGRAPH -> counts[0]++;
                case HEADING -> counts[1]++;
                case FOOTNOTE -> footnotes.add(block.number());
                default -> {
                }
            }
            block.spans().stream().filter(s -> s.kind() == Span.Kind.NOTE_REF).forEach(s -> markers.add(s.text()));
            String text = (block.number() + " " + block.text()).strip();
            counts[2] += text.isEmpty() ? 0 : Whitespace.pieces(text);
            count(block.children(), counts, footnotes, markers);
        }
    }
}
