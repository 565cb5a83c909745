package dev.verbatim.clean.steps;

import java.util.Locale;
import java.util.Optional;

/**
 * Screens decoded text: tells binary read as text by its share of control and replacement
 * characters, and removes the control characters a page's text must never carry (C0 controls but
 * tab, line feed, carriage return and form feed, which markup and line splitting read as white
 * space; DEL; C1 controls; the bidirectional embeddings, overrides and isolates that can reorder
 * what a reader or terminal shows).
 *
 * <p>Stateless and thread-safe.
 */
final class TextScreen {

    /** Fewer suspect characters than this never make a text binary. */
    private static final int MIN_SUSPECTS = 8;
    /** A text with more than one suspect character in this many is binary. */
    private static final int SUSPECT_SHARE = 50;

    private TextScreen() {
    }

    /** Evidence that {@code text} is binary read as text: many control or U+FFFD characters in all of it. */
    static Optional<String> binaryEvidence(String text) {
        int suspects = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (removable(c) && !bidi(c))) {
                suspects++;
            }
        }
        if (suspects >= MIN_SUSPECTS && (long) suspects * SUSPECT_SHARE > text.length()) {
            return Optional.of(String.format(Locale.ROOT, "%,d control or replacement characters in %,d decoded characters",
                    suspects, text.length()));
        }
        return Optional.empty();
    }

    /** {@code text} without its removable control characters; the same string when it has none. */
    static String withoutControls(String text) {
        int first = 0;
        while (first < text.length() && !removable(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!removable(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is a control character no text field may carry. */
    static boolean removable(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        return (c >= 0x7F && c <= 0x9F) || bidi(c);
    }

    private static boolean bidi(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
