package dev.verbatim.clean.steps;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Checks that bytes are well-formed UTF-8 (the byte sequences of the Unicode standard's table 3-7,
 * the same the JDK accepts) and whether their text holds anything the control screen acts on, in
 * one pass that finds each ASCII run eight bytes at a time: web pages are long ASCII runs (markup)
 * with a few multibyte characters, where the JDK's decoder goes one byte at a time after the first
 * non-ASCII byte. Well-formed bytes are decoded by {@link Utf8Reader}; anything else is left to
 * the JDK's counting path, so results never differ from it.
 *
 * <p>Stateless and thread-safe.
 */
final class Utf8Fast {

    /** What {@link #form} found. */
    enum Form {
        /** Not well-formed UTF-8. */
        MALFORMED,
        /** Well-formed, holding nothing {@link TextScreen} counts or removes. */
        PLAIN,
        /**
         * Well-formed, holding a character {@link TextScreen} counts or removes: a control character
         * other than tab, line feed, form feed and carriage return, DEL, a C1 control, a bidirectional
         * control, U+FFFD.
         */
        SCREENED
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Added to eight ASCII bytes, sets the high bit of each byte from U+0020 (space) up. */
    private static final long FROM_SPACE = 0x6060606060606060L;
    /** Added to eight ASCII bytes, sets the high bit of DEL (0x7F) only. */
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    /** Added to eight ASCII bytes, sets the high bit of each byte from 9 up. */
    private static final long FROM_NINE = 0x7777777777777777L;
    /** Added to eight ASCII bytes, sets the high bit of each byte from 14 up. */
    private static final long FROM_FOURTEEN = 0x7272727272727272L;

    private final byte[] b;
    /** Whether a character the screen acts on was seen. */
    private boolean unusual;

    private Utf8Fast(byte[] b) {
        this.b = b;
    }

    /** Whether the bytes of {@code b} from {@code offset} are well-formed UTF-8, and plain. */
    static Form form(byte[] b, int offset) {
        return new Utf8Fast(b).form(offset);
    }

    /** How many bytes of {@code b} from {@code from} equal the ASCII character {@code c}, eight at a time. */
    static int count(byte[] b, int from, char c) {
        int count = 0;
        int i = from;
        for (; i + 8 <= b.length; i += 8) {
            count += Long.bitCount(equalBytes((long) LONGS.get(b, i), c));
        }
        for (; i < b.length; i++) {
            count += b[i] == c ? 1 : 0;
        }
        return count;
    }

    /** The text of {@code b} from {@code offset}, which {@link #form} found well-formed. */
    static String text(byte[] b, int offset) {
        int n = b.length - offset;
        if (new Utf8Fast(b).asciiRun(offset) == n) {
            return new String(b, offset, n, StandardCharsets.ISO_8859_1);
        }
        char[] out = new char[n]; // UTF-8 takes at least one byte per char
        int length = new Utf8Reader(b, offset).read(out, 0, n);
        return new String(out, 0, length);
    }

    private Form form(int offset) {
        int n = b.length;
        int sp = offset;
        while (sp < n) {
            sp += asciiRun(sp);
            while (sp < n && b[sp] < 0) { // a run of non-ASCII text (Chinese): no ASCII scan per char
                int b1 = b[sp] & 0xFF;
                if (b1 >= 0xC2 && b1 <= 0xDF) {
                    if (sp + 1 >= n || !isTrail(b[sp + 1])) {
                        return Form.MALFORMED;
                    }
                    seen((char) (((b1 & 0x1F) << 6) | (b[sp + 1] & 0x3F)));
                    sp += 2;
                } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                    if (sp + 2 >= n) {
                        return Form.MALFORMED;
                    }
                    int b2 = b[sp + 1] & 0xFF;
                    int lo = b1 == 0xE0 ? 0xA0 : 0x80;
                    int hi = b1 == 0xED ? 0x9F : 0xBF;
                    if (b2 < lo || b2 > hi || !isTrail(b[sp + 2])) {
                        return Form.MALFORMED;
                    }
                    seen((char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b[sp + 2] & 0x3F)));
                    sp += 3;
                } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                    if (sp + 3 >= n) {
                        return Form.MALFORMED;
                    }
                    int b2 = b[sp + 1] & 0xFF;
                    int lo = b1 == 0xF0 ? 0x90 : 0x80;
                    int hi = b1 == 0xF4 ? 0x8F : 0xBF;
                    if (b2 < lo || b2 > hi || !isTrail(b[sp + 2]) || !isTrail(b[sp + 3])) {
                        return Form.MALFORMED;
                    }
                    sp += 4; // a supplementary character: never one the screen acts on
                } else {
                    return Form.MALFORMED;
                }
            }
        }
        return unusual ? Form.SCREENED : Form.PLAIN;
    }

    /** Notes {@code c} when the screen acts on it. */
    private void seen(char c) {
        unusual |= c == '\uFFFD' || TextScreen.removable(c);
    }

    /**
     * Length of the run of ASCII bytes starting at {@code from}, eight bytes at a time; notes a
     * removable control byte on the way. The word that ends the run is read up to its first
     * non-ASCII byte: a sum's carry out of that byte runs only into the bytes after it.
     */
    private int asciiRun(int from) {
        int i = from;
        long removable = 0;
        while (i + 8 <= b.length) {
            long word = (long) LONGS.get(b, i);
            long high = word & HIGH_BITS;
            long ascii = high == 0 ? -1L : (high & -high) - 1 >>> 7; // the bytes before the first non-ASCII one
            if (((~(word + FROM_SPACE) | (word + ONES)) & HIGH_BITS & ascii) != 0) {
                removable |= removableBytes(word) & ascii; // a byte under space or DEL: look closer
            }
            if (high != 0) {
                unusual |= removable != 0;
                return i + (Long.numberOfTrailingZeros(high) >>> 3) - from;
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
     * The high bit of each of eight ASCII bytes that is a removable control: under space but tab
     * (9), line feed (10), form feed (12) or carriage return (13), that is under space and outside
     * 9-13 or equal to 11; or DEL. Branch-free, exact for bytes under 0x80, whose sums with these
     * constants never carry into the next byte.
     */
    private static long removableBytes(long word) {
        long underSpace = ~(word + FROM_SPACE) & HIGH_BITS;
        long nineToThirteen = (word + FROM_NINE) & ~(word + FROM_FOURTEEN) & HIGH_BITS;
        long del = (word + ONES) & HIGH_BITS;
        return (underSpace & ~(nineToThirteen & ~equalBytes(word, '\u000B'))) | del;
    }

    /** The high bit of each of eight bytes equal to the ASCII character {@code c} (exact for any byte). */
    private static long equalBytes(long word, char c) {
        long x = word ^ (ONES * c);
        long nonZero = ((x & LOW_BITS) + LOW_BITS | x) & HIGH_BITS;
        return ~nonZero & HIGH_BITS;
    }

    private static boolean isTrail(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
