package dossier.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A source file's bytes as lines of text, whatever an editor's tools saved: UTF-8 with or without a
 * byte-order mark, UTF-16 (converted), Windows-1252 (converted), any line endings. What cannot be text
 * (empty, binary, too large, undecodable) is refused with the file, the line and what to do.
 *
 * @param lines   the text's lines, without line terminators
 * @param notices what was converted, for the editor (empty for plain UTF-8)
 */
public record SourceBytes(List<String> lines, List<String> notices) {

    /**
     * The largest source read: a UN document is rarely above 1 MB of text, and the reader holds a source's
     * lines and its model in memory at once.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public SourceBytes {
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
    }

    /** Reads and decodes a source file; throws {@link SourceException} when it cannot be read as text. */
    public static SourceBytes read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SourceException(file, 1, "file is " + size / (1024 * 1024) + " MB, above the limit of "
                        + MAX_BYTES / (1024 * 1024) + " MB for one source; split it into its documents");
            }
            return decode(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SourceException(file, 1, "cannot read the file (" + e + "); check that it exists and may be read");
        }
    }

    static SourceBytes decode(Path file, byte[] bytes) {
        List<String> notices = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(file, bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(file, bytes, 2, bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            notices.add("UTF-16 text, converted; save it as UTF-8");
        } else {
            Charset utf16 = utf16WithoutMark(bytes);
            if (utf16 != null) {
                text = strict(file, bytes, 0, utf16);
                notices.add("UTF-16 text without byte-order mark, converted; save it as UTF-8");
            } else {
                requireText(file, bytes);
                String utf8 = new String(bytes, StandardCharsets.UTF_8);
                // Decoding puts U+FFFD for what is not UTF-8: without one, there is nothing to check strictly.
                int bad = utf8.indexOf('\uFFFD') < 0 ? -1 : firstMalformed(bytes, StandardCharsets.UTF_8);
                if (bad < 0) {
                    text = utf8;
                } else if (firstMalformed(bytes, WINDOWS_1252) < 0) {
                    text = new String(bytes, WINDOWS_1252);
                    notices.add("not UTF-8 (line " + lineAt(bytes, bad) + "), read as Windows-1252; check its accents and save it as UTF-8");
                } else {
                    throw new SourceException(file, lineAt(bytes, bad), "not UTF-8 text (byte " + bad + "); save the file as UTF-8");
                }
            }
        }
        if (text.isBlank()) {
            throw new SourceException(file, 1, "the file is empty; put the document's text in it, or remove it");
        }
        return new SourceBytes(lines(text), notices);
    }

    /** Lines split as Files.readAllLines does: at \n, \r\n or \r, with no empty line after a final break. */
    private static List<String> lines(String text) {
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset) {
        int bad = firstMalformed(bytes, offset, charset);
        if (bad >= 0) {
            throw new SourceException(file, lineAt(bytes, bad), "not valid " + charset.name() + " text (byte " + bad + "); save the file as UTF-8");
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static int firstMalformed(byte[] bytes, Charset charset) {
        return firstMalformed(bytes, 0, charset);
    }

    /** The offset of the first byte the charset cannot decode, or -1. */
    private static int firstMalformed(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** UTF-16 without a mark shows as a zero byte beside nearly every ASCII character, always on the same side. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = bytes.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.6 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.6 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Text has no zero bytes and few control characters; anything else is a binary file saved as .txt. */
    private static void requireText(Path file, byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new SourceException(file, lineAt(bytes, i), "a binary file, not text (zero byte at byte " + i
                        + "); export the document as plain text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, bytes.length / 100)) {
            throw new SourceException(file, 1, "a binary file, not text (" + controls + " control bytes); export the document as plain text");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
