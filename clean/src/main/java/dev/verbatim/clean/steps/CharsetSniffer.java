package dev.verbatim.clean.steps;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses a charset from the bytes alone with juniversalchardet (Mozilla's universal charset
 * detector), looking only at a bounded prefix so that large bodies cost no more than small ones.
 * The prefix is fed in chunks and reading stops as soon as the detector is sure. A pure-ASCII guess
 * is reported as UTF-8, its modern superset.
 *
 * <p>Thread-safe: the detector is stateful, so each call uses its own; the detector's model
 * tables are static and shared by the library.
 */
final class CharsetSniffer {

    /** How many bytes the detector reads at most. */
    static final int SNIFF_BYTES = 64 * 1024;

    /** Bytes fed to the detector at a time; it stops reading once it is sure. */
    private static final int CHUNK_BYTES = 4 * 1024;

    private CharsetSniffer() {}

    /** The detector's guess for the bytes from {@code offset}, or empty when it has none. */
    static Optional<Charset> sniff(byte[] body, int offset) {
        int length = Math.min(SNIFF_BYTES, body.length - offset);
        if (length <= 0) {
            return Optional.empty();
        }
        UniversalDetector detector = new UniversalDetector();
        for (int start = offset; start < offset + length && !detector.isDone(); start += CHUNK_BYTES) {
            detector.handleData(body, start, Math.min(CHUNK_BYTES, offset + length - start));
        }
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess == null) {
            return Optional.empty();
        }
        if (guess.toUpperCase(Locale.ROOT).contains("ASCII")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        return CharsetLabels.resolve(guess);
    }
}
