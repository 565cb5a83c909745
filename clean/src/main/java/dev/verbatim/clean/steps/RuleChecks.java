package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Range and syntax checks of rule values; each failure names the rules key. */
final class RuleChecks {

    private RuleChecks() {
    }

    static void atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be >= " + min + ", was " + value);
        }
    }

    static void between(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    static void fraction(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be between 0 and 1, was " + value);
        }
    }

    /**
     * A copy of {@code patterns}, each checked to be a regular expression that cannot take
     * exponential time ({@link BacktrackCheck}).
     */
    static List<String> regexes(String key, List<String> patterns) {
        Objects.requireNonNull(patterns, key);
        for (String p : patterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(key + ": '" + p + "' is not a regular expression: "
                        + e.getDescription(), e);
            }
            BacktrackCheck.risk(p).ifPresent(risk -> {
                throw new IllegalArgumentException(key + ": '" + p + "' is refused: " + risk);
            });
        }
        return List.copyOf(patterns);
    }

    /** A copy of {@code patterns}, each checked to be an RE2 regular expression (linear-time matching). */
    static List<String> linearRegexes(String key, List<String> patterns) {
        Objects.requireNonNull(patterns, key);
        for (String p : patterns) {
            try {
                com.google.re2j.Pattern.compile(p);
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new IllegalArgumentException(key + ": '" + p + "' is not an RE2 regular expression"
                        + " (no lookaround or backreferences): " + e.getDescription(), e);
            }
        }
        return List.copyOf(patterns);
    }

    /** A copy of {@code words}, none of them blank. */
    static List<String> words(String key, List<String> words) {
        Objects.requireNonNull(words, key);
        for (String w : words) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException(key + " must not contain a blank word");
            }
        }
        return List.copyOf(words);
    }
}
