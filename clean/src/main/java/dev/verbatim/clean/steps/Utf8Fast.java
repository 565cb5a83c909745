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

    /**
     * A well-formed text; {@code plain} when it holds no character {@link TextScreen} would count or
     * remove (a control character other than tab, line feed, form feed and carriage return, DEL, a C1
     * control, a bidirectional control, U+FFFD), so that its screen can be skipped.
     */
    record Text(String text, boolean plain) {}

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Added to eight ASCII bytes, sets the high bit of each byte from U+0020 (space) up. */
    private static final long FROM_SPACE = 0x6060606060606060L;
    /** Added to eight ASCII bytes, sets the high bit of DEL (0x7F) only. */
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

    private final byte[] b;
    /** Whether a character the screen acts on was seen. */
    private boolean unusual;

    private Utf8Fast(byte[] b) {
        this.b = b;
    }

    /** The text of {@code b} from {@code offset}, or empty when the bytes are not well-formed UTF-8. */
    static Optional<Text> decode(byte[] b, int offset) {
        return new Utf8Fast(b).decode(offset);
    }

    private Optional<Text> decode(int offset) {
        int n = b.length;
        int first = asciiRun(offset);
        if (offset + first == n) {
            return text(new String(b, offset, n - offset, StandardCharsets.ISO_8859_1)); // all ASCII
        }
        // Every byte widened to a char at once, in place (the JDK's vectorized inflate); ASCII runs are
        // then moved down over the bytes of the multibyte sequences before them, which are decoded here.
        char[] out = new char[n - offset];
        new String(b, offset, n - offset, StandardCharsets.ISO_8859_1).getChars(0, n - offset, out, 0);
        int sp = offset;
        int dp = 0;
        while (sp < n) {
            int run = asciiRun(sp);
            if (dp != sp - offset) {
                System.arraycopy(out, sp - offset, out, dp, run);
            }
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
                out[dp++] = seen((char) (((b1 & 0x1F) << 6) | (b[sp + 1] & 0x3F)));
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
                out[dp++] = seen((char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b[sp + 2] & 0x3F)));
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
        return text(new String(out, 0, dp));
    }

    private Optional<Text> text(String text) {
        return Optional.of(new Text(text, !unusual));
    }

    /** {@code c}, noted when the screen acts on it. */
    private char seen(char c) {
        unusual |= c == '\uFFFD' || TextScreen.removable(c);
        return c;
    }

    /**
     * Length of the run of ASCII bytes starting at {@code from}, eight bytes at a time; notes a
     * removable control byte on the way.
     */
    private int asciiRun(int from) {
        int i = from;
        long removable = 0;
        while (i + 8 <= b.length) {
            long word = (long) LONGS.get(b, i);
            if ((word & HIGH_BITS) != 0) {
                break;
            }
            if (((~(word + FROM_SPACE) | (word + ONES)) & HIGH_BITS) != 0) {
                removable |= removableBytes(word); // a byte under space or DEL: look closer
            }
            i += 8;
        }
        unusual |= removable != 0;
        int tail = i;
        while (i < b.length && b[i] >= 0) {
            i++;
        }
        noteControls(tail, i);
        return i - from;
    }

    private void noteControls(int from, int to) {
        for (int i = from; i < to && !unusual; i++) {
            unusual = TextScreen.removable((char) b[i]);
        }
    }

    /**
     * The high bit of each of eight ASCII bytes that is a removable control: under space but tab,
     * line feed, form feed or carriage return, or DEL. Branch-free, exact for bytes under 0x80.
     */
    private static long removableBytes(long word) {
        long underSpace = ~(word + FROM_SPACE) & HIGH_BITS;
        long whiteSpace = equalBytes(word, '\t') | equalBytes(word, '\n') | equalBytes(word, '\f')
                | equalBytes(word, '\r');
        long del = (word + ONES) & HIGH_BITS;
        return (underSpace & ~whiteSpace) | del;
    }

    /** The high bit of each of eight ASCII bytes equal to {@code c}. */
    private static long equalBytes(long word, char c) {
        long x = word ^ (ONES * c);
        long nonZero = ((x & LOW_BITS) + LOW_BITS | x) & HIGH_BITS;
        return ~nonZero & HIGH_BITS;
    }

    private static boolean isTrail(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
