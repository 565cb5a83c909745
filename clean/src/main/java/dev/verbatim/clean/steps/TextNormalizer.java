package dev.verbatim.clean.steps;

import java.util.regex.Pattern;

/**
 * Whitespace normalization shared by the readers: trims and collapses runs of horizontal space
 * (including no-break and ideographic spaces) into one ASCII space; drops zero-width characters.
 *
 * <p>Thread-safe and stateless.
 */
public final class TextNormalizer {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

    private TextNormalizer() {
    }

    /** One line: invisible characters dropped, spaces collapsed, trimmed. */
    public static String line(String s) {
        String visible = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }
}
