package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rule alternatives (regular expressions, any of which may match) that answer like the single
 * pattern {@code a|b|c} would, but faster: the alternatives that are plain text are searched with
 * {@link String#contains} / {@link String#startsWith} (the JDK's vectorized search) and only the
 * others go through one combined regular expression. A combined pattern of many literals is tried
 * alternative by alternative at every position of the text, which made rule lists the costliest
 * part of filtering.
 *
 * <p>Immutable and thread-safe.
 */
final class Alternatives {

    /** Characters that make a regular expression more than plain text. */
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

    private final List<String> literals;
    /** The other alternatives as one pattern, for matches at the start. */
    private final Optional<Pattern> others;
    /** Alternatives that can only match at the start of the text ({@code ^...} without {@code |}). */
    private final List<Pattern> anchored;
    /**
     * Each remaining alternative on its own: a pattern that opens with plain text gets the JDK's
     * Boyer-Moore search, which an alternation of them never does.
     */
    private final List<Pattern> unanchored;
    /**
     * For each of {@link #unanchored}, lower-case text every match must contain (ASCII case ignored),
     * or empty: a cheap search that skips the regular expression on most texts.
     */
    private final List<Optional<String>> required;

    private Alternatives(List<String> literals, List<String> others) {
        this.literals = List.copyOf(literals);
        this.others = others.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile("(?:" + String.join("|", others) + ")"));
        List<Pattern> anchored = new ArrayList<>();
        List<Pattern> unanchored = new ArrayList<>();
        List<Optional<String>> required = new ArrayList<>();
        for (String regex : others) {
            if (isAnchored(regex)) {
                anchored.add(Pattern.compile(regex));
            } else {
                unanchored.add(Pattern.compile(regex));
                required.add(requiredText(regex));
            }
        }
        this.anchored = List.copyOf(anchored);
        this.unanchored = List.copyOf(unanchored);
        this.required = List.copyOf(required);
    }

    /** The alternatives {@code regexes}; an empty list matches nothing. */
    static Alternatives of(List<String> regexes) {
        List<String> literals = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String regex : regexes) {
            (isLiteral(regex) ? literals : others).add(regex);
        }
        return new Alternatives(literals, others);
    }

    /** Whether any alternative is found anywhere in {@code text} (as {@code Matcher.find}). */
    boolean foundIn(String text) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        for (Pattern p : anchored) {
            if (p.matcher(text).lookingAt()) {
                return true;
            }
        }
        String lower = null;
        for (int i = 0; i < unanchored.size(); i++) {
            Optional<String> needed = required.get(i);
            if (needed.isPresent()) {
                lower = lower != null ? lower : asciiLowerCase(text);
                if (!lower.contains(needed.get())) {
                    continue;
                }
            }
            if (unanchored.get(i).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plain text a regular expression's matches all contain, read from its opening: after an
     * optional {@code (?i:} and {@code \b}, the longest run of ASCII letters, digits and spaces
     * (without a last letter that a quantifier makes optional), when it is at least three long.
     * Conservative: anything else gives empty.
     */
    static Optional<String> requiredText(String regex) {
        int i = regex.startsWith("(?i:") ? 4 : 0;
        if (regex.startsWith("\\b", i)) {
            i += 2;
        }
        int start = i;
        while (i < regex.length() && isPlain(regex.charAt(i))) {
            i++;
        }
        int end = i;
        if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
            end--; // "s?" or "s*": the letter may be absent
        }
        boolean group = regex.startsWith("(?i:");
        if (hasOuterBar(regex, group ? 1 : 0) || (group && optionalGroup(regex))) {
            return Optional.empty(); // another branch, or a skipped group, could match without the text
        }
        return end - start >= 3 ? Optional.of(asciiLowerCase(regex.substring(start, end))) : Optional.empty();
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    }

    /**
     * Whether {@code regex} has a {@code |} at a group depth of at most {@code depth} (0: top level;
     * 1: also directly inside an opening {@code (?i:} group), outside character classes.
     */
    private static boolean hasOuterBar(String regex, int depth) {
        return scanOuter(regex, (i, c, level) -> c == '|' && level <= depth) >= 0;
    }

    /** Whether the group that opens {@code regex} is followed by a quantifier that lets it match nothing. */
    private static boolean optionalGroup(String regex) {
        int close = scanOuter(regex, (i, c, level) -> c == ')' && level == 1);
        return close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0);
    }

    /** A test on one character of a regular expression, given the group depth before it. */
    private interface Stop {
        boolean at(int index, char c, int depth);
    }

    /**
     * Walks {@code regex} outside escapes and character classes, tracking group depth; returns the
     * index where {@code stop} first holds, or -1 (also for a walk that ends inside a class).
     */
    private static int scanOuter(String regex, Stop stop) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                i += regex.startsWith("^", i + 1) ? 1 : 0;
                i += regex.startsWith("]", i + 1) ? 1 : 0; // a ']' first in a class is a member
            } else if (stop.at(i, c, depth)) {
                return i;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return -1;
    }

    /** {@code s} with A-Z lowered, every other character as is (the case folding of {@code (?i)}). */
    private static String asciiLowerCase(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out = out != null ? out : s.toCharArray();
                out[i] = (char) (c + 32);
            }
        }
        return out == null ? s : new String(out);
    }

    /** Whether any alternative matches at the start of {@code text} (as {@code Matcher.lookingAt}). */
    boolean startsIn(String text) {
        for (String literal : literals) {
            if (text.startsWith(literal)) {
                return true;
            }
        }
        return others.isPresent() && others.get().matcher(text).lookingAt();
    }

    /**
     * A regular expression that can match only at the start: it opens with {@code ^} (alone or as
     * the first thing in a {@code (?i:} group) and has no {@code |} that could start another branch.
     */
    private static boolean isAnchored(String regex) {
        return (regex.startsWith("^") || regex.startsWith("(?i:^")) && regex.indexOf('|') < 0;
    }

    private static boolean isLiteral(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            if (METACHARACTERS.indexOf(regex.charAt(i)) >= 0) {
                return false;
            }
        }
        return !regex.isEmpty();
    }
}
