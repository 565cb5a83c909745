package dev.verbatim.clean.steps;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes well-formed UTF-8 faster than the JDK 17 decoders on web pages, which are long ASCII
 * runs (markup) with a few multibyte characters: after the first non-ASCII byte the JDK goes on one
 * byte at a time, whereas this finds each ASCII run eight bytes at a time and moves it with the
 * JDK's vectorized widening and array copies. Only well-formed input is decoded (the byte sequences of the
 * Unicode standard's table 3-7, the same the JDK accepts); anything else returns empty and the
 * caller takes the JDK's counting path, so results never differ from it.
 *
 * <p>Stateless and thread-safe.
 */
final class Utf8Fast {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Fast() {}

    /** The text of {@code b} from {@code offset}, or empty when the bytes are not well-formed UTF-8. */
    static Optional<String> decode(byte[] b, int offset) {
        int n = b.length;
        int first = asciiRun(b, offset);
        if (offset + first == n) {
            return Optional.of(new String(b, offset, n - offset, StandardCharsets.ISO_8859_1)); // all ASCII
        }
        // Every byte widened to a char at once (the JDK's vectorized inflate); ASCII runs are then
        // moved into place with array copies and only the multibyte sequences are decoded here.
        char[] wide = new char[n - offset];
        new String(b, offset, n - offset, StandardCharsets.ISO_8859_1).getChars(0, n - offset, wide, 0);
        char[] out = new char[n - offset];
        int sp = offset;
        int dp = 0;
        while (sp < n) {
            int run = asciiRun(b, sp);
            System.arraycopy(wide, sp - offset, out, dp, run);
            sp += run;
            dp += run;
            if (sp >= n) {
                break;
            }
            int b1 = b[sp] & 0xFF;
            if (b1 >= 0xC2 && b1 <= 0xDF) {
                if (sp + 1 >= n || !isTrail(b[sp + 1])) {
                    return Optional.empty();
                }
                out[dp++] = (char) (((b1 & 0x1F) << 6) | (b[sp + 1] & 0x3F));
                sp += 2;
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                if (sp + 2 >= n) {
                    return Optional.empty();
                }
                int b2 = b[sp + 1] & 0xFF;
                int lo = b1 == 0xE0 ? 0xA0 : 0x80;
                int hi = b1 == 0xED ? 0x9F : 0xBF;
                if (b2 < lo || b2 > hi || !isTrail(b[sp + 2])) {
                    return Optional.empty();
                }
                out[dp++] = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b[sp + 2] & 0x3F));
                sp += 3;
            } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                if (sp + 3 >= n) {
                    return Optional.empty();
                }
                int b2 = b[sp + 1] & 0xFF;
                int lo = b1 == 0xF0 ? 0x90 : 0x80;
                int hi = b1 == 0xF4 ? 0x8F : 0xBF;
                if (b2 < lo || b2 > hi || !isTrail(b[sp + 2]) || !isTrail(b[sp + 3])) {
                    return Optional.empty();
                }
                int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b[sp + 2] & 0x3F) << 6) | (b[sp + 3] & 0x3F);
                out[dp++] = Character.highSurrogate(cp);
                out[dp++] = Character.lowSurrogate(cp);
                sp += 4;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new String(out, 0, dp));
    }

    /** Length of the run of ASCII bytes starting at {@code from}. */
    private static int asciiRun(byte[] b, int from) {
        int i = from;
        while (i + 8 <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        while (i < b.length && b[i] >= 0) {
            i++;
        }
        return i - from;
    }

    private static boolean isTrail(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
