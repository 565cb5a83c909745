package dev.verbatim.clean.steps;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Running facts about the texts of the elements open in a depth-first walk, kept per depth: each
 * element's count of letters and digits (exact up to {@link #BOUND}, then only "more"), whether its
 * text holds a marked character or a lead character (one that may begin a marked sequence, such as
 * the {@code B} of {@code By}), and whether its own text nodes, or a child's, hold a digit. The walk
 * reports each text node to the element above it and folds each element's tally into its parent's
 * when it leaves it, so one walk gives every element's facts, where a bounded walk
 * per candidate element passes the same text once per enclosing candidate.
 *
 * <p>Not thread-safe: one per walk.
 */
final class TextTally {

    /** The longest text (letters and digits) the tally tells apart from longer ones. */
    static final int BOUND = 120;
    static final int MARK = 1;
    static final int OWN_DIGIT = 2;
    static final int CHILD_DIGIT = 4;
    static final int LEAD = 8;
    /** From this many chars on, {@link #hasDigit} searches with {@link String#indexOf(int, int)}. */
    private static final int LONG_REST = 32;
    /** From an ASCII digit to its full-width form. */
    private static final int WIDE_DIGIT_SHIFT = '０' - '0';

    /** For each ASCII character: -1 when it is not a letter or digit, else its flags ({@link #MARK}, {@link #LEAD}, {@link #OWN_DIGIT}). */
    private final int[] ascii = new int[128];
    private final String wideMarks;
    private final String wideLeads;
    private int[] letters = new int[64];
    private int[] flags = new int[64];
    private @Nullable HintElement[] hints = new HintElement[64];

    /** A tally that looks for the characters of {@code marks} and of {@code leads} (letters or digits). */
    TextTally(String marks, String leads) {
        for (char c = 0; c < 128; c++) {
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            ascii[c] = !letterOrDigit ? -1 : (marks.indexOf(c) >= 0 ? MARK : 0) | (leads.indexOf(c) >= 0 ? LEAD : 0)
                    | (c >= '0' && c <= '9' ? OWN_DIGIT : 0);
        }
        this.wideMarks = beyondAscii(marks);
        this.wideLeads = beyondAscii(leads);
    }

    private static String beyondAscii(String chars) {
        StringBuilder sb = new StringBuilder();
        chars.chars().filter(c -> c >= 128).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    /** The walk enters an element at {@code depth}: its tally starts empty. */
    void open(int depth) {
        if (depth >= letters.length) {
            letters = Arrays.copyOf(letters, depth * 2);
            flags = Arrays.copyOf(flags, depth * 2);
            hints = Arrays.copyOf(hints, depth * 2);
        }
        letters[depth] = 0;
        flags[depth] = 0;
        hints[depth] = null;
    }

    /** The hint element of {@code e}, open at {@code depth}; made on first call, closed when the walk leaves it. */
    HintElement hint(Element e, int depth) {
        HintElement hint = hints[depth];
        if (hint == null) {
            hint = new HintElement(e);
            hints[depth] = hint;
        }
        return hint;
    }

    /**
     * A text node at {@code depth}, counted for its parent. Letters are counted only while the parent's
     * count is within the bound (past it, neither it nor its ancestors can fit, and their marks do not
     * matter); its own digits are looked for to the end.
     */
    void text(String s, int depth) {
        int slot = depth - 1;
        int n = letters[slot];
        int f = flags[slot];
        int i = 0;
        for (; i < s.length() && n <= BOUND; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                int flagsOfC = ascii[c];
                if (flagsOfC >= 0) {
                    n++;
                    f |= flagsOfC;
                }
            } else if (Character.isLetterOrDigit(c)) {
                n++;
                f |= wide(c, f);
            }
        }
        if ((f & OWN_DIGIT) == 0 && hasDigit(s, i)) {
            f |= OWN_DIGIT;
        }
        letters[slot] = n;
        flags[slot] = f;
    }

    /**
     * Whether {@code s} holds a digit from {@code from}. A long rest is searched one digit at a time
     * with {@link String#indexOf(int, int)}, which the JIT compiles to a vector search: ten such
     * passes (twenty when the text has wide characters) cost less than one pass by char.
     */
    private static boolean hasDigit(String s, int from) {
        if (s.length() - from < LONG_REST) {
            for (int i = from; i < s.length(); i++) {
                if (isDigit(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
        for (char d = '0'; d <= '9'; d++) {
            if (s.indexOf(d, from) >= 0 || s.indexOf(d + WIDE_DIGIT_SHIFT, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The flags of a letter or digit beyond ASCII, in a text whose flags so far are {@code f}. */
    private int wide(char c, int f) {
        return (c >= '０' && c <= '９' ? OWN_DIGIT : 0) | ((f & MARK) == 0 && wideMarks.indexOf(c) >= 0 ? MARK : 0)
                | ((f & LEAD) == 0 && wideLeads.indexOf(c) >= 0 ? LEAD : 0);
    }

    /** An ASCII or a full-width digit. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** The walk leaves the element at {@code depth}: its tally is final and is folded into its parent's. */
    void close(int depth) {
        HintElement hint = hints[depth];
        if (hint != null) {
            hint.close(letters[depth], flags[depth]);
        }
        if (depth > 0) {
            letters[depth - 1] = Math.min(BOUND + 1, letters[depth - 1] + letters[depth]);
            int f = flags[depth];
            flags[depth - 1] |= f & (MARK | LEAD) | ((f & OWN_DIGIT) != 0 ? CHILD_DIGIT : 0);
        }
    }
}
