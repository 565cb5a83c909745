package dev.verbatim.clean.steps;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes in one charset while counting malformed and unmappable sequences, so callers can
 * tell a clean decode from a lossy one. Each bad sequence becomes one U+FFFD; a decode that would
 * need more than a given number of them stops early and yields nothing.
 *
 * <p>windows-1252 is decoded as the WHATWG Encoding spec does: the five bytes Java leaves unmapped
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, so that decode is total
 * and loses no byte.
 *
 * <p>Stateless and thread-safe: a fresh {@link CharsetDecoder} is made per call.
 */
final class CharsetTextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] WINDOWS_1252_TABLE = windows1252Table();

    /**
     * A decoded text and the number of bad byte sequences replaced by U+FFFD in it; {@code plain} when
     * the text is known to hold nothing {@link TextScreen} acts on (false when not looked at).
     */
    record Result(PageText text, int errors, boolean plain) {}

    private CharsetTextDecoder() {}

    /**
     * Decodes {@code body} from {@code offset} to its end.
     *
     * @param maxErrors how many bad sequences to tolerate; 0 for a strict decode
     * @return the text, or empty when there were more than {@code maxErrors} bad sequences
     */
    static Optional<Result> decode(byte[] body, int offset, Charset charset, int maxErrors) {
        if (charset.equals(WINDOWS_1252)) {
            return Optional.of(new Result(PageText.of(windows1252(body, offset)), 0, false));
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            Utf8Fast.Form form = Utf8Fast.form(body, offset);
            if (form == Utf8Fast.Form.PLAIN) {
                return Optional.of(new Result(PageText.utf8(body, offset), 0, true));
            }
            if (form == Utf8Fast.Form.SCREENED) {
                return Optional.of(new Result(PageText.of(Utf8Fast.text(body, offset)), 0, false));
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, offset, body.length - offset);
        CharBuffer out = CharBuffer.allocate(initialCapacity(decoder, in.remaining()));
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out, 16);
                continue;
            }
            if (++errors > maxErrors) {
                return Optional.empty();
            }
            in.position(in.position() + result.length());
            out = grow(out, 1).put('\uFFFD');
        }
        return Optional.of(new Result(PageText.of(flush(decoder, out)), errors, false));
    }

    private static String flush(CharsetDecoder decoder, CharBuffer out) {
        CharBuffer buffer = out;
        while (decoder.flush(buffer).isOverflow()) {
            buffer = grow(buffer, 16);
        }
        return buffer.flip().toString();
    }

    private static int initialCapacity(CharsetDecoder decoder, int bytes) {
        long estimate = (long) Math.ceil(bytes * (double) decoder.averageCharsPerByte()) + 16;
        return (int) Math.min(Integer.MAX_VALUE - 16, estimate);
    }

    /** A buffer holding {@code out}'s content with room for at least {@code room} more chars. */
    private static CharBuffer grow(CharBuffer out, int room) {
        if (out.remaining() >= room) {
            return out;
        }
        int capacity = Math.max(out.capacity() * 2, out.position() + room);
        CharBuffer bigger = CharBuffer.allocate(capacity);
        return bigger.put(out.flip());
    }

    private static String windows1252(byte[] body, int offset) {
        char[] chars = new char[body.length - offset];
        for (int i = offset; i < body.length; i++) {
            chars[i - offset] = WINDOWS_1252_TABLE[body[i] & 0xFF];
        }
        return new String(chars);
    }

    private static char[] windows1252Table() {
        char[] table = new char[256];
        CharsetDecoder decoder = WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0; b < 256; b++) {
            table[b] = decodeOne(decoder, (byte) b);
        }
        return table;
    }

    private static char decodeOne(CharsetDecoder decoder, byte b) {
        CharBuffer out = CharBuffer.allocate(1);
        decoder.reset();
        CoderResult result = decoder.decode(ByteBuffer.wrap(new byte[] {b}), out, true);
        return result.isError() || out.position() == 0 ? (char) (b & 0xFF) : out.get(0);
    }
}
