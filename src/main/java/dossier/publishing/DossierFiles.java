package dossier.publishing;

import dossier.annotation.notes.NoteReader;
import dossier.model.Document;
import dossier.reading.SourceBytes;
import dossier.reading.SourceException;
import dossier.reading.SourceHeader;
import dossier.reading.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What of a dossier folder is published, and what is not. A dossier folder is often also a git checkout,
 * an editor's working folder or a shared drive: only what dossier knows how to publish gets in — UN
 * sources in content/documents/, Markdown pages elsewhere in content/, notes in content/notes/ (read into
 * the document pages) and the files of assets/. Hidden files and folders and editors' backups are never
 * read; anything else is skipped, and named. A link leading outside the dossier folder, or a name with a
 * backslash (an unzipped copy on Windows would put it elsewhere), is refused.
 *
 * @param documents the UN sources, sorted
 * @param pages     the editorial pages JBake bakes, sorted; drafts only when asked for
 * @param notes     the editor's notes in content/notes/, read once (header and body), sorted
 * @param assets    the files of assets/ copied into the site, sorted
 * @param skipped   what content/ holds that is not published, sorted
 */
public record DossierFiles(List<Path> documents, List<EditorialPage> pages, List<SourceText> notes, List<Path> assets, List<Path> skipped) {

    public static final String DOCUMENTS = "documents";
    private static final String PAGE_EXTENSION = ".md";
    /** Read by the glossary and the index; never published as they are. */
    private static final Set<String> READ_FILES = Set.of("glossary.yml", "index.yml");
    /** The editor's notes to themselves, as init writes one into content/documents/: neither published nor named. */
    private static final String README = "README.md";

    /**
     * Sorts the dossier's files and reads its pages' headers; every link leading outside {@code
     * sources.root()}, every backslash name and every page header dossier cannot bake is refused.
     */
    public static DossierFiles of(SiteSources sources, boolean drafts) {
        if (!Files.isDirectory(sources.content())) {
            throw new BuildException("no content folder at " + sources.content());
        }
        Path root = realRoot(sources.root());
        List<SourceException> refused = new ArrayList<>();
        List<Path> content = visible(sources.content(), sources, root, refused);
        List<Path> assets = visible(sources.assets(), sources, root, refused);
        // Templates are not published, but run: a link may not bring one in from elsewhere either.
        visible(sources.templates(), sources, root, refused);
        List<Path> documents = new ArrayList<>();
        List<EditorialPage> pages = new ArrayList<>();
        List<SourceText> notes = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path file : content) {
            Path relative = sources.content().relativize(file);
            String name = file.getFileName().toString();
            String top = relative.getName(0).toString();
            if (top.equals(DOCUMENTS) && name.endsWith(Document.SOURCE_EXTENSION)) {
                documents.add(file);
            } else if (name.endsWith(PAGE_EXTENSION) && !top.equals(DOCUMENTS) && !top.equals(NoteReader.FOLDER)) {
                try {
                    EditorialPage page = EditorialPage.read(file);
                    if (drafts || !page.draft()) {
                        pages.add(page);
                    }
                } catch (SourceException e) {
                    refused.addAll(e.problems());
                }
            } else if (top.equals(NoteReader.FOLDER) && name.endsWith(PAGE_EXTENSION)) {
                try {
                    List<String> lines = SourceBytes.read(file).lines();
                    EditorialPage.requireShallow(file, lines);
                    SourceText note = SourceHeader.split(file, lines);
                    if (relative.getNameCount() == 2) {  // only the files right in notes/ are notes
                        notes.add(note);
                    }
                } catch (SourceException e) {
                    refused.add(e);
                }
            } else if (!(relative.getNameCount() == 1 && READ_FILES.contains(name)) && !name.equals(README)) {
                skipped.add(file);
            }
        }
        if (!refused.isEmpty()) {
            throw SourceException.all(refused);
        }
        return new DossierFiles(documents, pages, notes, assets, skipped);
    }

    /** Hidden files and folders (".git", ".env") and editors' backups ("a.md~", ".a.md.swp", "#a.md#"). */
    static boolean unpublishable(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swo")
                || name.startsWith("#") && name.endsWith("#");
    }

    /**
     * Every regular file under {@code folder}, but hidden ones, backups and what hidden folders hold. Links
     * are followed; in the dossier's own folders, any that leads outside {@code root} is added to {@code
     * refused} instead. (A theme's folders, dossier's own, are trusted as the program is.)
     */
    private static List<Path> visible(Path folder, SiteSources sources, Path root, List<SourceException> refused) {
        List<Path> files = new ArrayList<>();
        if (Files.exists(folder) || Files.isSymbolicLink(folder)) {
            walk(folder, files, refused, folder.startsWith(sources.root()) ? root : null);
        }
        return files.stream().sorted().toList();
    }

    private static void walk(Path folder, List<Path> files, List<SourceException> refused, Path root) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(folder) && unpublishable(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return refuse(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (!unpublishable(name) && !refuse(file) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(new SourceException(file, 1, "cannot be read (" + e.getMessage() + ")"));
                    return FileVisitResult.CONTINUE;
                }

                private boolean refuse(Path path) {
                    String name = path.getFileName().toString();
                    if (name.contains("\\")) {
                        refused.add(new SourceException(path, 1, "a file name with a backslash, which an unzipped copy of"
                                + " the site on Windows would put in another folder; rename it"));
                        return true;
                    }
                    if (root == null || !Files.isSymbolicLink(path)) {
                        return false;
                    }
                    try {
                        Path target = path.toRealPath();
                        if (!target.startsWith(root)) {
                            refused.add(new SourceException(path, 1, "a link to " + target + ", outside the dossier folder "
                                    + root + "; copy what it should publish into the dossier instead"));
                            return true;
                        }
                        return false;
                    } catch (IOException e) {
                        refused.add(new SourceException(path, 1, "a link to " + readLink(path) + ", which does not exist; remove it"));
                        return true;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
