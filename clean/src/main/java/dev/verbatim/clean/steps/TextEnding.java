package dev.verbatim.clean.steps;

/**
 * How a text ends, read from its last characters: the answer of an end-anchored pattern such as
 * {@code [.!?][”’)]?$}, which {@code Matcher.find} gets by trying every position of the text. As in
 * {@code java.util.regex} without {@code MULTILINE}, {@code $} also matches before a line terminator
 * that ends the text, and a space is one of {@code [ \t\n\x0B\f\r]} ({@code \s}).
 *
 * <p>Immutable and thread-safe.
 */
final class TextEnding {

    private final String marks;
    /** Characters that may close the mark ({@code ”}, {@code )}), or empty. */
    private final String closers;
    private final boolean closerOptional;
    /** Whether spaces may stand between the mark and the closer (or the end, when there is no closer). */
    private final boolean spaced;

    private TextEnding(String marks, String closers, boolean closerOptional, boolean spaced) {
        this.marks = marks;
        this.closers = closers;
        this.closerOptional = closerOptional;
        this.spaced = spaced;
    }

    /** {@code [marks]$}. */
    static TextEnding mark(String marks) {
        return new TextEnding(marks, "", true, false);
    }

    /** {@code [marks][closers]?$}. */
    static TextEnding markMaybeClosed(String marks, String closers) {
        return new TextEnding(marks, closers, true, false);
    }

    /** {@code [marks]\s*[closers]$}. */
    static TextEnding markSpacedClosed(String marks, String closers) {
        return new TextEnding(marks, closers, false, true);
    }

    /** {@code [marks]\s*$}. */
    static TextEnding markThenSpaces(String marks) {
        return new TextEnding(marks, "", true, true);
    }

    /** Whether {@code text} ends this way (as {@code find} of the pattern would say). */
    boolean endsIn(String text) {
        int beforeTerminator = terminatorStart(text);
        return endsAt(text, text.length()) || (beforeTerminator >= 0 && endsAt(text, beforeTerminator));
    }

    /** Where a line terminator that ends {@code text} starts ({@code \r\n} as one), or -1. */
    private static int terminatorStart(String text) {
        int n = text.length();
        if (n >= 2 && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n') {
            return n - 2;
        }
        char last = n == 0 ? 'x' : text.charAt(n - 1);
        return last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? n - 1 : -1;
    }

    /** Whether the ending stands just before position {@code end}. */
    private boolean endsAt(String text, int end) {
        int k = end - 1;
        if (!closers.isEmpty() && k >= 0 && closers.indexOf(text.charAt(k)) >= 0
                && isMark(text, spaced ? skipSpaces(text, k - 1) : k - 1)) {
            return true;
        }
        if (!closerOptional) {
            return false;
        }
        return isMark(text, spaced ? skipSpaces(text, k) : k);
    }

    private boolean isMark(String text, int at) {
        return at >= 0 && marks.indexOf(text.charAt(at)) >= 0;
    }

    /** The last position at or before {@code at} that is not a space, or -1. */
    private static int skipSpaces(String text, int at) {
        int k = at;
        while (k >= 0 && TextNormalizer.isRegexSpace(text.charAt(k))) {
            k--;
        }
        return k;
    }
}
