package dossier.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * HTML held in memory, deflated: HTML's repeated markup shrinks several times over, at the fastest level, as
 * what is held is deflated once and inflated once or a few times. For the texts and pages a build holds for
 * every document at once (each over a gigabyte at 10,000 documents as UTF-8).
 */
public final class Deflated {

    private final byte[] bytes;
    private final int length;

    private Deflated(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    public static Deflated of(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Deflated(out.toByteArray(), utf8.length);
        } finally {
            deflater.end();
        }
    }

    /** The HTML as it was given. */
    public String text() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            byte[] utf8 = new byte[length];
            int done = 0;
            while (done < length && !inflater.finished()) {
                done += inflater.inflate(utf8, done, length - done);
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("HTML held by the build is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
