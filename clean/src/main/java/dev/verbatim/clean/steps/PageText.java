package dev.verbatim.clean.steps;

import java.io.Reader;
import java.io.StringReader;
import org.jspecify.annotations.Nullable;

/**
 * A page's decoded text. Most pages are well-formed UTF-8 holding nothing for the control screen
 * to remove: their text stays in the body's bytes and is streamed to the parser, as Jsoup reads a
 * stream, which spares building a string twice the size of the body; it is decoded whole only
 * when a step asks for it ({@link #string}). Other pages hold the string their decoder built.
 *
 * <p>Not thread-safe: the whole text is built once, on first request, by one page's cleaning.
 */
final class PageText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte @Nullable [] utf8;
    private final int offset;
    private @Nullable String text;

    private PageText(byte @Nullable [] utf8, int offset, @Nullable String text) {
        this.utf8 = utf8;
        this.offset = offset;
        this.text = text;
    }

    static PageText of(String text) {
        return new PageText(null, 0, text);
    }

    /** The text of {@code body} from {@code offset}, which {@link Utf8Fast#form} found {@link Utf8Fast.Form#PLAIN}. */
    static PageText utf8(byte[] body, int offset) {
        return new PageText(body, offset, null);
    }

    /** The whole text, decoded on first request. */
    String string() {
        if (text == null) {
            text = Utf8Fast.text(utf8, offset);
        }
        return text;
    }

    /** The text from its start, for the parser. */
    Reader reader() {
        return text != null ? new StringReader(text) : new Utf8Reader(utf8, offset);
    }

    /** The text without a leading byte order mark (U+FEFF). */
    PageText withoutBom() {
        if (text != null) {
            return text.startsWith("\uFEFF") ? of(text.substring(1)) : this;
        }
        boolean bom = utf8.length - offset >= UTF8_BOM.length && utf8[offset] == UTF8_BOM[0]
                && utf8[offset + 1] == UTF8_BOM[1] && utf8[offset + 2] == UTF8_BOM[2];
        return bom ? utf8(utf8, offset + UTF8_BOM.length) : this;
    }

    /**
     * The number of start tags, a {@code <} before an ASCII letter, counted up to just past
     * {@code max}; a text too short to hold more than {@code max} gives a bound at most {@code max}
     * instead (two characters, or two bytes, a tag), uncounted.
     */
    int startTags(int max) {
        if (text != null) {
            return startTags(text, max);
        }
        int length = utf8.length - offset;
        if (length / 2 <= max) {
            return length / 2;
        }
        // UTF-8 keeps every ASCII character as its own byte, and no other byte under 0x80. Each start
        // tag has its own '<': when the '<' bytes are few enough, so are the tags.
        int opening = Utf8Fast.count(utf8, offset, '<');
        if (opening <= max) {
            return opening;
        }
        int count = 0;
        for (int i = offset; i + 1 < utf8.length && count <= max; i++) {
            if (utf8[i] == '<' && isAsciiLetter(utf8[i + 1])) {
                count++;
            }
        }
        return count;
    }

    private static int startTags(String text, int max) {
        if (text.length() / 2 <= max) {
            return text.length() / 2;
        }
        int count = 0;
        int at = text.indexOf('<');
        while (at >= 0 && at + 1 < text.length() && count <= max) {
            if (isAsciiLetter(text.charAt(at + 1))) {
                count++;
            }
            at = text.indexOf('<', at + 1);
        }
        return count;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
