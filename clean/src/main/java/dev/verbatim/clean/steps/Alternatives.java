package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule alternatives (regular expressions, any of which may match) that answer like the single
 * pattern {@code a|b|c} would, but faster: the alternatives that are plain text are compared as
 * text, never as regular expressions. A combined pattern of many literals is tried
 * alternative by alternative at every position of the text, which made rule lists the costliest
 * part of filtering.
 *
 * <p>{@link #foundIn} looks for all the plain text at once: the literal alternatives and the text
 * that screens each other alternative ({@link RegexScreen}) are the needles of one
 * {@link NeedleSearch}, one pass over the text instead of one search per rule; only the
 * alternatives whose needle was found run their expression.
 *
 * <p>Immutable and thread-safe.
 */
final class Alternatives {

    /** Characters that make a regular expression more than plain text. */
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

    private final List<String> literals;
    /** The other alternatives as one pattern, for matches at the start. */
    private final Optional<Pattern> others;
    /** Alternatives without a needle that can only match at the start of the text ({@code ^...} without {@code |}). */
    private final List<Pattern> anchored;
    /**
     * The literals (needles {@code 0 ..} {@code literals.size() - 1}), then the needles that screen
     * {@link #needled}, in its order.
     */
    private final NeedleSearch needles;
    /** The alternatives screened by a needle: each runs only on texts that hold it. */
    private final List<Needled> needled;
    /**
     * Each remaining alternative on its own, with a cheap test (characters every match must contain)
     * that skips it on most texts: one alternation of them could only be tried at every position.
     */
    private final List<ScreenedPattern> unanchored;

    private Alternatives(List<String> literals, List<String> others) {
        this.literals = List.copyOf(literals);
        this.others = others.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile("(?:" + String.join("|", others) + ")"));
        List<Pattern> anchored = new ArrayList<>();
        List<RegexScreen.Needle> needles = new ArrayList<>();
        literals.forEach(literal -> needles.add(new RegexScreen.Needle(literal, false)));
        List<Needled> needled = new ArrayList<>();
        List<ScreenedPattern> unanchored = new ArrayList<>();
        for (String regex : others) {
            ScreenedPattern p = ScreenedPattern.compile(regex);
            Optional<RegexScreen.Needle> needle = p.screen().flatMap(RegexScreen::needle);
            if (needle.isPresent()) {
                needles.add(needle.get());
                needled.add(new Needled(p.pattern(), isAnchored(regex)));
            } else if (isAnchored(regex)) {
                anchored.add(p.pattern());
            } else {
                unanchored.add(p);
            }
        }
        this.anchored = List.copyOf(anchored);
        this.needles = new NeedleSearch(needles);
        this.needled = List.copyOf(needled);
        this.unanchored = List.copyOf(unanchored);
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
        BitSet found = needles.foundIn(text);
        int first = found.nextSetBit(0);
        if (first >= 0 && first < literals.size()) {
            return true;
        }
        for (Pattern p : anchored) {
            if (p.matcher(text).lookingAt()) {
                return true;
            }
        }
        for (int n = first; n >= 0; n = found.nextSetBit(n + 1)) {
            if (needled.get(n - literals.size()).matchesIn(text)) {
                return true;
            }
        }
        for (ScreenedPattern p : unanchored) {
            if (p.find(text)) {
                return true;
            }
        }
        return false;
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

    /** An alternative screened by a needle; {@code anchored}: it can only match at the start. */
    private record Needled(Pattern pattern, boolean anchored) {

        boolean matchesIn(String text) {
            Matcher m = pattern.matcher(text);
            return anchored ? m.lookingAt() : m.find();
        }
    }
}
