package dossier.publishing.epub;

import dossier.publishing.OfflineZip;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The book's files as an EPUB container, written to its file as they are added: {@code mimetype} first and
 * stored, the others deflated, in the order they were added, every entry with one fixed local time and no
 * extra field, so that the same files always give the same bytes.
 */
final class EpubArchive implements Closeable {

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final ZipOutputStream zip;

    private EpubArchive(ZipOutputStream zip) {
        this.zip = zip;
    }

    /** Starts the book's file with its mimetype. */
    static EpubArchive create(Path file) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8);
        try {
            writeMimetype(zip);
        } catch (IOException e) {
            zip.close();
            throw e;
        }
        return new EpubArchive(zip);
    }

    private static void writeMimetype(ZipOutputStream zip) throws IOException {
        ZipEntry mimetype = entry("mimetype");
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(MIMETYPE.length);
        mimetype.setCompressedSize(MIMETYPE.length);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(MIMETYPE);
        zip.closeEntry();
    }

    EpubArchive add(String path, String text) {
        try {
            zip.putNextEntry(entry(path));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** setTimeLocal: the time as written, whatever the machine's time zone, and no extended-time field. */
    private static ZipEntry entry(String path) {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(OfflineZip.ENTRY_TIME);
        return entry;
    }
}
