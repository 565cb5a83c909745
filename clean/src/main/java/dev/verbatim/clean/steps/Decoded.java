package dev.verbatim.clean.steps;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's body as text.
 *
 * @param text          the decoded text
 * @param charset       the charset used
 * @param format        HTML or plain text
 * @param charsetSource where the charset came from: {@code http}, {@code bom}, {@code meta},
 *                      {@code sniffed}, {@code default}; {@code sniffed-over-http} (or
 *                      {@code -over-bom}, {@code -over-meta}) when the bytes overruled a
 *                      declaration; a {@code -lossy} suffix when bad byte sequences had to be
 *                      replaced by U+FFFD
 */
public record Decoded(String text, Charset charset, PageFormat format, String charsetSource) {
    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charsetSource, "charsetSource");
    }
}
