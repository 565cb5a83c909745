package dev.verbatim.clean.steps;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the shapes of a Java regular expression that make its matching time explode on some
 * input, so that a rules file holding one is refused at load instead of stalling a partition:
 * a repeated group that itself holds an unbounded repetition ({@code (a+)+}, {@code (?:x*y)*},
 * {@code (a|b+){2,}}), and backreferences. Possessive quantifiers and atomic groups, which never
 * backtrack into, are allowed. A syntactic check: it may refuse a pattern that happens to be
 * safe, never the reverse for these shapes.
 *
 * <p>Stateless and thread-safe.
 */
final class BacktrackCheck {

    private BacktrackCheck() {
    }

    /** Why {@code pattern} can take exponential time, or empty when it has none of these shapes. */
    static Optional<String> risk(String pattern) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group(false));
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                Optional<String> backreference = backreference(pattern, i);
                if (backreference.isPresent()) {
                    return backreference;
                }
                i = afterEscape(pattern, i);
                i = quantified(pattern, i, groups.peek());
            } else if (c == '[') {
                i = quantified(pattern, afterClass(pattern, i), groups.peek());
            } else if (c == '(') {
                groups.push(new Group(pattern.startsWith("(?>", i)));
                i++;
            } else if (c == ')' && groups.size() > 1) {
                Group closed = groups.pop();
                Quantifier q = Quantifier.at(pattern, i + 1);
                if (q.repeats() && !q.possessive() && closed.unbounded && !closed.atomic) {
                    return Optional.of("a repeated group holds an unbounded repetition (like (a+)+), which can take"
                            + " exponential time; use a possessive quantifier (a++) or an atomic group (?>...)");
                }
                groups.peek().unbounded |= (closed.unbounded && !closed.atomic) || q.unbounded();
                i = i + 1 + q.length();
            } else {
                i = quantified(pattern, i + 1, groups.peek());
            }
        }
        return Optional.empty();
    }

    /** Index after the quantifier (if any) at {@code i}; marks {@code group} when it is unbounded. */
    private static int quantified(String pattern, int i, Group group) {
        Quantifier q = Quantifier.at(pattern, i);
        group.unbounded |= q.unbounded() && !q.possessive();
        return i + q.length();
    }

    private static Optional<String> backreference(String pattern, int i) {
        if (i + 1 >= pattern.length()) {
            return Optional.empty();
        }
        char next = pattern.charAt(i + 1);
        if ((next >= '1' && next <= '9') || (next == 'k' && pattern.startsWith("<", i + 2))) {
            return Optional.of("backreferences (\\1, \\k<name>) can take exponential time");
        }
        return Optional.empty();
    }

    /** Index after the escape at {@code i}; a {@code \Q...\E} quote is one escape. */
    private static int afterEscape(String pattern, int i) {
        if (pattern.startsWith("\\Q", i)) {
            int end = pattern.indexOf("\\E", i + 2);
            return end < 0 ? pattern.length() : end + 2;
        }
        if (pattern.startsWith("\\p{", i) || pattern.startsWith("\\P{", i) || pattern.startsWith("\\x{", i)) {
            int end = pattern.indexOf('}', i);
            return end < 0 ? pattern.length() : end + 1;
        }
        return Math.min(pattern.length(), i + 2);
    }

    /** Index after the character class opening at {@code i} (Java classes nest). */
    private static int afterClass(String pattern, int i) {
        int depth = 0;
        int j = i;
        while (j < pattern.length()) {
            char c = pattern.charAt(j);
            if (c == '\\') {
                j = afterEscape(pattern, j);
                continue;
            }
            if (c == '[') {
                depth++;
                if (pattern.startsWith("^]", j + 1)) {
                    j += 2;
                } else if (pattern.startsWith("]", j + 1)) {
                    j += 1;
                }
            } else if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return pattern.length();
    }

    /** An open group: whether it holds an unbounded repetition, and whether it is atomic. */
    private static final class Group {
        private final boolean atomic;
        private boolean unbounded;

        Group(boolean atomic) {
            this.atomic = atomic;
        }
    }

    /** The quantifier at an index: its length, whether it repeats (max > 1), is unbounded, is possessive. */
    private record Quantifier(int length, boolean repeats, boolean unbounded, boolean possessive) {
        private static final Quantifier NONE = new Quantifier(0, false, false, false);

        static Quantifier at(String pattern, int i) {
            if (i >= pattern.length()) {
                return NONE;
            }
            char c = pattern.charAt(i);
            int length;
            boolean repeats;
            boolean unbounded;
            if (c == '*' || c == '+') {
                length = 1;
                repeats = true;
                unbounded = true;
            } else if (c == '?') {
                length = 1;
                repeats = false;
                unbounded = false;
            } else if (c == '{' && pattern.indexOf('}', i) > i) {
                String body = pattern.substring(i + 1, pattern.indexOf('}', i));
                if (!body.matches("\\d+(,\\d*)?")) {
                    return NONE;
                }
                length = body.length() + 2;
                unbounded = body.endsWith(",");
                repeats = unbounded || maxOf(body) > 1;
            } else {
                return NONE;
            }
            char after = i + length < pattern.length() ? pattern.charAt(i + length) : 0;
            boolean possessive = after == '+';
            return new Quantifier(length + (after == '+' || after == '?' ? 1 : 0), repeats, unbounded, possessive);
        }

        private static long maxOf(String body) {
            String max = body.contains(",") ? body.substring(body.indexOf(',') + 1) : body;
            return max.length() > 9 ? Long.MAX_VALUE : Long.parseLong(max);
        }
    }
}
