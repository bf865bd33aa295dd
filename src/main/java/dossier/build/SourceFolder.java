package dossier.build;

import dossier.model.Block;
import dossier.model.Document;
import dossier.publishing.EditorialPage;
import dossier.publishing.DossierFiles;
import dossier.reading.DocumentReader;
import dossier.reading.SourceCheck;
import dossier.reading.SourceException;
import dossier.reading.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and reads every UN text source (.txt) under content/documents/, in a stable order. Every problem
 * of every source (not text, bad header, a page name or UN symbol claimed twice) is reported at once.
 */
final class SourceFolder {

    private static final Logger LOG = LoggerFactory.getLogger(SourceFolder.class);

    /** Reads the dossier's sources, all checked, into models in the order given; their headers are parsed already. */
    interface Reader {
        List<Document> readAll(List<SourceText> sources);

        /** Decodes, parses the header of and checks every source, each on its own. */
        default SourceCheck check(List<Path> files) {
            return SourceCheck.of(files);
        }
    }

    private SourceFolder() {
    }

    static List<Document> readAll(DossierFiles dossier, boolean drafts) {
        return readAll(dossier, DocumentReader::readSources, drafts);
    }

    /** The dossier's UN sources, read; those marked {@code status: draft} only when {@code drafts} is set. */
    static List<Document> readAll(DossierFiles dossier, Reader reader, boolean drafts) {
        if (!dossier.skipped().isEmpty()) {
            LOG.warn("not published (dossier publishes documents in {}/, Markdown pages, notes and assets/): {}",
                    DossierFiles.DOCUMENTS, dossier.skipped().stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        List<Path> all = dossier.documents();
        List<SourceException> problems = pageNameProblems(all);
        SourceCheck check = reader.check(all);
        check.warnings().forEach(LOG::warn);
        problems.addAll(check.problems());
        if (!problems.isEmpty()) {
            throw SourceException.all(problems);
        }
        List<SourceText> sources = check.sources().stream()
                .filter(source -> drafts || !EditorialPage.isDraft(source.header().get("status"))).toList();
        List<Path> files = sources.stream().map(SourceText::file).toList();
        // Read together: a word split at a line end is rejoined on evidence from the whole dossier.
        List<Document> documents = reader.readAll(sources);
        problems.addAll(symbolProblems(files, documents));
        if (!problems.isEmpty()) {
            throw SourceException.all(problems);
        }
        for (int i = 0; i < files.size(); i++) {
            if (unstructured(documents.get(i))) {
                LOG.warn("{}:1: no UN symbol, heading or numbered paragraph recognised: built as plain paragraphs"
                        + " (add 'symbol' and 'title' to its header if it is a UN document)", files.get(i));
            }
        }
        return documents;
    }

    /** A page name (Document.slugOf) must exist and belong to one source only. */
    private static List<SourceException> pageNameProblems(List<Path> files) {
        List<SourceException> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            String slug = Document.slugOf(file.getFileName().toString());
            if (slug.isEmpty()) {
                problems.add(new SourceException(file, 1, "the file name gives no page name (it needs a letter a-z or a digit); rename it"));
                continue;
            }
            Path other = seen.putIfAbsent(slug, file);
            if (other != null) {
                problems.add(new SourceException(file, 1, "same page name '" + slug + "' as " + other + "; rename one of them"));
            }
        }
        return problems;
    }

    /** Links to a UN symbol must have one page to go to. */
    private static List<SourceException> symbolProblems(List<Path> files, List<Document> documents) {
        List<SourceException> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String symbol = documents.get(i).metadata().symbol();
            Path other = symbol.isEmpty() ? null : seen.putIfAbsent(symbol, files.get(i));
            if (other != null) {
                problems.add(new SourceException(files.get(i), 1, "same UN symbol " + symbol + " as " + other
                        + "; correct 'symbol' in the header of one of them, or remove the copy"));
            }
        }
        return problems;
    }

    private static boolean unstructured(Document document) {
        return document.metadata().symbol().isEmpty() && document.anchoredBlocks().stream()
                .noneMatch(b -> b.type() != Block.Type.PARAGRAPH || !b.number().isEmpty());
    }
}
