package dev.verbatim.clean.steps;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression (compiled without flags) with its {@link RegexScreen}: the
 * expression runs only on texts the screen admits, and answers as it alone would.
 *
 * <p>Immutable and thread-safe.
 */
record ScreenedPattern(Pattern pattern, Optional<RegexScreen> screen) {

    static ScreenedPattern compile(String regex) {
        return new ScreenedPattern(Pattern.compile(regex), RegexScreen.of(regex));
    }

    /**
     * {@code regex} compiled with {@code flags} ({@link Pattern#CASE_INSENSITIVE} and {@link Pattern#UNICODE_CASE}
     * only), screened by the texts one of which every match holds, looked for in any case
     * ({@link RegexScreen#caseBlind}): for alternations of words ({@code comment|reply|related}), which a
     * single-needle screen cannot screen.
     */
    static ScreenedPattern anyCase(String regex, int flags) {
        if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0) {
            throw new IllegalArgumentException("only CASE_INSENSITIVE and UNICODE_CASE are read by the screen");
        }
        return new ScreenedPattern(Pattern.compile(regex, flags), RegexScreen.caseBlind(regex));
    }

    /** False when {@code text} certainly holds no match. */
    boolean mayFind(String text) {
        return screen.isEmpty() || screen.get().admits(text);
    }

    /** Whether a match is found anywhere in {@code text} (as {@code Matcher.find}). */
    boolean find(String text) {
        return mayFind(text) && pattern.matcher(text).find();
    }

    /** A matcher over {@code text}, or empty when the screen rules out every match. */
    Optional<Matcher> matcher(String text) {
        return mayFind(text) ? Optional.of(pattern.matcher(text)) : Optional.empty();
    }
}
