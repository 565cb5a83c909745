package dev.verbatim.clean.steps;

/**
 * Whitespace normalization shared by the readers: trims and collapses runs of white space
 * (including line breaks inside markup text, no-break and ideographic spaces) into one ASCII space,
 * and drops zero-width characters and control characters (those a character reference such as
 * {@code &#x1b;} brings back after decoding). Plain loops, no regular expressions: it runs on every text node.
 *
 * <p>Thread-safe and stateless.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** One line: invisible characters dropped, spaces collapsed, trimmed. */
    public static String line(String s) {
        if (isNormal(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNormal(String s) {
        int last = s.length() - 1;
        if (last >= 0 && (isSpace(s.charAt(0)) || isSpace(s.charAt(last)))) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (isPlain(c)) {
                continue;
            }
            if (c == ' ') {
                if (s.charAt(i - 1) == ' ') { // never the first: a leading space is not normal
                    return false;
                }
            } else if (isSpace(c) || isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is in the regular-expression class {@code \\s} (without {@code UNICODE_CHARACTER_CLASS}). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Printable ASCII but space, and everything from the CJK punctuation after the ideographic space
     * to the byte order mark (kana, Han, Hangul, compatibility forms): never space nor invisible,
     * so most characters of any page are told by two comparisons.
     */
    static boolean isPlain(char c) {
        return (c > ' ' && c < 0x7F) || (c > '\u3000' && c < '\uFEFF');
    }

    /** Java white space plus the Unicode space separators (no-break, ideographic, narrow spaces). */
    static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || TextScreen.removable(c);
    }
}
