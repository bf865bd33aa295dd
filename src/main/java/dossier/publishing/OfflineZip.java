package dossier.publishing;

import dossier.model.PageAddress;
import dossier.rendering.DownloadOffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The whole site in one zip for offline reading: one top folder named after the dossier, entries in
 * sorted order with one fixed timestamp, so the same site always gives the same bytes. The zip is kept
 * beside the site (NAME.zip at its root) and offered on the home page, in the element the home page
 * template marks with data-offline-download ({@link DownloadOffer#ZIP}); the home page inside the zip leaves that element out, since
 * an unzipped copy does not hold the zip again.
 */
public final class OfflineZip {

    /** Every entry's time, in the zip and the book: fixed, so that the bytes depend on the content alone. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private OfflineZip() {
    }

    /**
     * Zips the files and folders listed into site/NAME.zip, then offers it on the home page with its size.
     * What is written after the listing (the book, meanwhile) is not in the zip.
     */
    public static Path write(SitePages listing, String name) {
        Path site = listing.site();
        Path zip = site.resolve(name + ".zip");
        try {
            // A zip written before into the same site is not zipped again.
            List<SiteFile> files = listing.paths().stream().filter(path -> !path.equals(zip.getFileName().toString()))
                    .map(path -> new SiteFile(site.resolve(path), path)).toList();
            // Deflating is most of the work: each file is deflated on any core, and the entries are written
            // in the order of their paths as they come, so the same site still gives the same bytes and
            // memory holds a few deflated files, not the whole site.
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
                out.putArchiveEntry(folder(name + "/"));
                out.closeArchiveEntry();
                InOrder.each(files, file -> entry(listing, name, file), (file, entry) -> write(out, entry));
            }
            DownloadOffer.ZIP.show(site.resolve(PageAddress.HOME), zip.getFileName().toString(), Files.size(zip));
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the offline zip " + zip, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the offline zip " + zip, e.getCause());
        }
    }

    private static void write(ZipArchiveOutputStream out, Entry entry) {
        try {
            if (entry.deflated() == null) {
                out.putArchiveEntry(entry.header());
                out.closeArchiveEntry();
            } else {
                out.addRawArchiveEntry(entry.header(), new ByteArrayInputStream(entry.deflated()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry of the zip: its header, and its bytes deflated (null for a folder). */
    private record Entry(ZipArchiveEntry header, byte[] deflated) {
    }

    /** A file or folder of the site, and its path inside the site with "/" between its names. */
    private record SiteFile(Path file, String path) {
    }

    private static Entry entry(SitePages listing, String name, SiteFile siteFile) {
        Path file = siteFile.file();
        String path = name + "/" + siteFile.path();
        if (path.contains("\\")) {
            // DossierFiles refuses such names in the sources; a zip entry with one unpacks elsewhere on Windows.
            throw new BuildException(file + ": a file name with a backslash cannot go into the offline zip; rename it");
        }
        if (listing.folders().contains(siteFile.path())) {
            return new Entry(folder(path + "/"), null);
        }
        try {
            byte[] bytes = file.equals(listing.site().resolve(PageAddress.HOME)) ? homePageWithoutOffer(file) : Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            byte[] deflated = deflate(bytes);
            ZipArchiveEntry header = timed(new ZipArchiveEntry(path));
            header.setMethod(ZipArchiveEntry.DEFLATED);
            header.setSize(bytes.length);
            header.setCompressedSize(deflated.length);
            header.setCrc(crc.getValue());
            return new Entry(header, deflated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw deflate stream a zip entry holds (no zlib header), at the usual level. */
    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static ZipArchiveEntry folder(String path) {
        return timed(new ZipArchiveEntry(path));
    }

    private static ZipArchiveEntry timed(ZipArchiveEntry entry) {
        entry.setTime(ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        return entry;
    }

    private static byte[] homePageWithoutOffer(Path file) throws IOException {
        return DownloadOffer.ZIP.leftOut(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
