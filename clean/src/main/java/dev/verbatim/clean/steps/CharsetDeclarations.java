package dev.verbatim.clean.steps;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset labels a page declares about itself: the {@code charset} parameter of the
 * HTTP {@code Content-Type}, and a {@code <meta charset>} or {@code <meta http-equiv="Content-Type"
 * content="...; charset=...">} near the start of the body. Labels are returned raw; {@link
 * CharsetLabels} turns them into charsets.
 *
 * <p>Stateless and thread-safe; patterns are compiled once.
 */
final class CharsetDeclarations {

    /** How far into the body a meta declaration is looked for (HTML spec: 1024; we allow more). */
    static final int META_SCAN_BYTES = 4096;

    private static final Pattern HTTP_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';,\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)");

    private CharsetDeclarations() {}

    /** The media type of a Content-Type value, lower case and without parameters; may be empty. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** The charset label in a Content-Type value, if it has one. */
    static Optional<String> httpLabel(String contentType) {
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The charset label of the first meta declaration in the first {@value #META_SCAN_BYTES} bytes
     * after {@code offset}. Bytes are read as ISO-8859-1, so any ASCII-compatible encoding works.
     */
    static Optional<String> metaLabel(byte[] body, int offset) {
        int length = Math.min(META_SCAN_BYTES, body.length - offset);
        if (length <= 0) {
            return Optional.empty();
        }
        String head = new String(body, offset, length, StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
