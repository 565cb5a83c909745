package dev.verbatim.clean.steps;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A Unicode byte order mark at the start of a body. Only the marks browsers honour are known:
 * UTF-8, UTF-16BE and UTF-16LE (UTF-32 marks read as UTF-16LE, as in the WHATWG Encoding spec).
 *
 * <p>Immutable and thread-safe.
 */
enum CharsetBom {
    UTF_8(StandardCharsets.UTF_8, 3),
    UTF_16BE(StandardCharsets.UTF_16BE, 2),
    UTF_16LE(StandardCharsets.UTF_16LE, 2);

    private final Charset charset;
    private final int length;

    CharsetBom(Charset charset, int length) {
        this.charset = charset;
        this.length = length;
    }

    /** The mark at the start of {@code body}, if any. */
    static Optional<CharsetBom> of(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return Optional.of(UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return Optional.of(UTF_16LE);
        }
        return Optional.empty();
    }

    /** The charset the mark announces. */
    Charset charset() {
        return charset;
    }

    /** The mark's length in bytes. */
    int length() {
        return length;
    }

    /** Whether this mark announces a 16-bit encoding, in which ASCII text carries NUL bytes. */
    boolean wide() {
        return this != UTF_8;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
