package dev.verbatim.clean.steps;

import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A page's body as text, with the charset used, the format, and where the charset came from:
 * {@code http}, {@code bom}, {@code meta}, {@code well-formed} (UTF-8), {@code sniffed},
 * {@code default}; {@code sniffed-over-http} (or {@code -over-bom}, {@code -over-meta}) when the
 * bytes overruled a declaration; a {@code -lossy} suffix when bad byte sequences had to be
 * replaced by U+FFFD.
 *
 * <p>A class, not a record: the text of a well-formed UTF-8 body is kept as its bytes and read by
 * the parser from there ({@link PageText}); {@link #text} builds the whole string only when asked.
 * Not thread-safe, like the page's cleaning that holds it.
 */
public final class Decoded {

    private final PageText text;
    private final Charset charset;
    private final PageFormat format;
    private final String charsetSource;

    Decoded(PageText text, Charset charset, PageFormat format, String charsetSource) {
        this.text = Objects.requireNonNull(text, "text");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.format = Objects.requireNonNull(format, "format");
        this.charsetSource = Objects.requireNonNull(charsetSource, "charsetSource");
    }

    /** The decoded text, built on first request. */
    public String text() {
        return text.string();
    }

    /** The decoded text from its start, streamed where it was not built. */
    public Reader reader() {
        return text.reader();
    }

    public Charset charset() {
        return charset;
    }

    public PageFormat format() {
        return format;
    }

    public String charsetSource() {
        return charsetSource;
    }

    PageText pageText() {
        return text;
    }
}
