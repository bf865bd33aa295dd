package dossier.publishing.epub;

import dossier.publishing.OfflineZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The book's files as an EPUB container: {@code mimetype} first and stored, the others deflated, in the
 * order they were added, every entry with one fixed local time and no extra field, so that the same files
 * always give the same bytes.
 */
final class EpubArchive {

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    EpubArchive add(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
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
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(entry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** setTimeLocal: the time as written, whatever the machine's time zone, and no extended-time field. */
    private static ZipEntry entry(String path) {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(OfflineZip.ENTRY_TIME);
        return entry;
    }
}
