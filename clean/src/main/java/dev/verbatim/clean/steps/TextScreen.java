package dev.verbatim.clean.steps;

import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.util.Locale;

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

    /**
     * Screens a decoded text in one pass: evidence that it is binary read as text (many control or
     * U+FFFD characters in all of it), else the text without its removable control characters (the
     * same string when it has none).
     */
    static StepOutcome<String> screen(String text) {
        int suspects = 0;
        int removables = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII: most of every page
            }
            if (c == '\uFFFD') {
                suspects++;
            } else if (removable(c)) {
                removables++;
                suspects += bidi(c) ? 0 : 1;
            }
        }
        if (suspects >= MIN_SUSPECTS && (long) suspects * SUSPECT_SHARE > text.length()) {
            return new StepOutcome.Fail<>(new Rejection(Stage.DECODE, Reason.BINARY_CONTENT, String.format(Locale.ROOT,
                    "%,d control or replacement characters in %,d decoded characters", suspects, text.length())));
        }
        return new StepOutcome.Ok<>(removables == 0 ? text : withoutControls(text));
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
