package dev.verbatim.clean.steps;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads the chars of well-formed UTF-8 bytes, as {@link Utf8Fast#form} found them: the parser
 * takes a page's text from here in buffer-sized pieces, as Jsoup reads a stream, instead of from one
 * string of the whole page. ASCII runs are found eight bytes at a time. The bytes are not checked
 * again: malformed bytes give wrong chars, not an error.
 *
 * <p>Not thread-safe: one reader per parse.
 */
final class Utf8Reader extends Reader {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /**
     * From this many ASCII bytes on, a run is widened through a Latin-1 string, whose copy and
     * widening the JIT compiles to vector code; a char loop is not vectorized.
     */
    private static final int LONG_RUN = 64;

    private final byte[] b;
    private int pos;
    /** The low surrogate of a pair whose high half ended the last read, or 0. */
    private char pending;

    /** A reader of {@code b} from {@code offset}; the bytes must be well-formed UTF-8. */
    Utf8Reader(byte[] b, int offset) {
        this.b = b;
        this.pos = offset;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int dp = off;
        int dl = off + len;
        int n = b.length;
        if (pending != 0) {
            cbuf[dp++] = pending;
            pending = 0;
        } else if (pos >= n) {
            return -1;
        }
        while (dp < dl && pos < n) {
            int room = Math.min(dl - dp, n - pos);
            int ascii = 0;
            while (ascii + 8 <= room) {
                long high = (long) LONGS.get(b, pos + ascii) & HIGH_BITS;
                if (high != 0) {
                    ascii += Long.numberOfTrailingZeros(high) >>> 3; // the ASCII bytes before it
                    break;
                }
                ascii += 8;
            }
            if (ascii >= LONG_RUN) {
                new String(b, pos, ascii, StandardCharsets.ISO_8859_1).getChars(0, ascii, cbuf, dp);
            } else {
                for (int i = 0; i < ascii; i++) {
                    cbuf[dp + i] = (char) b[pos + i];
                }
            }
            pos += ascii;
            dp += ascii;
            if (dp < dl && pos < n) {
                dp = decodeOne(cbuf, dp, dl); // the char that ended the run, or one of the last few ASCII bytes
            }
            while (dp < dl && pos < n && b[pos] < 0) { // a run of non-ASCII text (Chinese): no ASCII scan per char
                dp = decodeOne(cbuf, dp, dl);
            }
        }
        return dp - off;
    }

    /** Decodes the character at {@link #pos} into {@code cbuf} at {@code dp}; returns the next {@code dp}. */
    private int decodeOne(char[] cbuf, int dp, int dl) {
        int b1 = b[pos];
        if (b1 >= 0) {
            pos++;
            cbuf[dp] = (char) b1;
            return dp + 1;
        }
        b1 &= 0xFF;
        if (b1 < 0xE0) {
            cbuf[dp] = (char) (((b1 & 0x1F) << 6) | (b[pos + 1] & 0x3F));
            pos += 2;
            return dp + 1;
        }
        if (b1 < 0xF0) {
            cbuf[dp] = (char) (((b1 & 0x0F) << 12) | ((b[pos + 1] & 0x3F) << 6) | (b[pos + 2] & 0x3F));
            pos += 3;
            return dp + 1;
        }
        int cp = ((b1 & 0x07) << 18) | ((b[pos + 1] & 0x3F) << 12) | ((b[pos + 2] & 0x3F) << 6) | (b[pos + 3] & 0x3F);
        pos += 4;
        cbuf[dp] = Character.highSurrogate(cp);
        if (dp + 1 < dl) {
            cbuf[dp + 1] = Character.lowSurrogate(cp);
            return dp + 2;
        }
        pending = Character.lowSurrogate(cp);
        return dp + 1;
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the page
    }
}
