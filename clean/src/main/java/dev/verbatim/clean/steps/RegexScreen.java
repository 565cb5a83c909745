package dev.verbatim.clean.steps;

import java.util.BitSet;
import java.util.Optional;

/**
 * A cheap test, read from a regular expression, that rules out most texts it cannot match: plain
 * text every match contains, or else a set of characters one of which every match contains. A
 * {@code String.contains} or one pass over the characters answers "certainly not" for most blocks
 * of a page, where the expression would be tried at every position.
 *
 * <p>Conservative: only what every match must hold counts (nothing under {@code ?}, {@code *},
 * {@code {0,n}}, a look-around, or in one branch of several), and an expression with syntax it
 * does not follow (inline flags other than {@code (?i:…)}, back references, {@code \Q…\E}, nested
 * classes) gets no screen. Case folding is that of {@code (?i)} without {@code UNICODE_CASE}: ASCII
 * letters only.
 *
 * <p>Immutable and thread-safe.
 */
final class RegexScreen {

    /** Plain text shorter than this (all ASCII) screens too little to be worth a search. */
    private static final int MIN_ASCII_NEEDLE = 3;

    private final Needle needle;
    private final CharSet chars;

    private RegexScreen(Needle needle, CharSet chars) {
        this.needle = needle;
        this.chars = chars;
    }

    /** The screen of {@code regex} (compiled without flags), or empty when it yields none. */
    static Optional<RegexScreen> of(String regex) {
        Requirement r;
        try {
            r = new RegexReader(regex).whole();
        } catch (Unsupported e) {
            return Optional.empty();
        }
        if (r.needle() != null && worthSearching(r.needle().text())) {
            return Optional.of(new RegexScreen(r.needle(), null));
        }
        return r.chars() == null ? Optional.empty() : Optional.of(new RegexScreen(null, r.chars()));
    }

    private static boolean worthSearching(String needle) {
        return needle.length() >= MIN_ASCII_NEEDLE || needle.chars().anyMatch(c -> c > 0x7F);
    }

    /** False when {@code text} certainly has no match. */
    boolean admits(String text) {
        if (needle == null) {
            return chars.anyIn(text);
        }
        return needle.folded() ? containsFolded(text, needle.text()) : text.contains(needle.text());
    }

    /**
     * Whether {@code text} holds {@code needle} (lower-case) ignoring case, without building a lower-cased
     * copy: at each place its first letter is found (the JDK's vectorized {@code indexOf}, once per case),
     * a case-blind comparison (broader than ASCII folding, so it never misses a match of {@code (?i)}).
     */
    private static boolean containsFolded(String text, String needle) {
        char lower = needle.charAt(0);
        char upper = lower >= 'a' && lower <= 'z' ? (char) (lower - 32) : lower;
        int last = text.length() - needle.length();
        int atLower = text.indexOf(lower);
        int atUpper = upper == lower ? -1 : text.indexOf(upper);
        while (atLower >= 0 || atUpper >= 0) {
            int i = atLower < 0 ? atUpper : atUpper < 0 ? atLower : Math.min(atLower, atUpper);
            if (i > last) {
                return false;
            }
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
            if (i == atLower) {
                atLower = text.indexOf(lower, i + 1);
            } else {
                atUpper = text.indexOf(upper, i + 1);
            }
        }
        return false;
    }

    /** The plain text every match contains, or empty for a character-set screen. */
    Optional<Needle> needle() {
        return Optional.ofNullable(needle);
    }

    /** The plain text of the screen, or empty for a character-set screen (for tests). */
    Optional<String> needleText() {
        return needle == null ? Optional.empty() : Optional.of(needle.text());
    }

    /** Text every match contains; {@code folded}: ASCII lower-cased, to be found in lower-cased text. */
    record Needle(String text, boolean folded) {
    }

    /** Characters of which every match contains at least one. */
    record CharSet(BitSet members, int lowest) {

        static CharSet of(BitSet members) {
            return new CharSet(members, members.nextSetBit(0));
        }

        CharSet union(CharSet other) {
            BitSet all = (BitSet) members.clone();
            all.or(other.members);
            return of(all);
        }

        boolean anyIn(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= lowest && members.get(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Sets of characters beyond ASCII screen best (most text is ASCII), then smaller ones. */
        boolean betterThan(CharSet other) {
            boolean wide = lowest > 0x7F;
            boolean otherWide = other.lowest > 0x7F;
            return wide != otherWide ? wide : members.cardinality() < other.members.cardinality();
        }
    }

    /** What every match of a part of an expression holds: the best needle and character set found, each may be null. */
    record Requirement(Needle needle, CharSet chars) {

        static final Requirement NONE = new Requirement(null, null);

        /** The better needle and the better character set of the two. */
        Requirement and(Requirement other) {
            Needle n = needle == null ? other.needle
                    : other.needle == null || needle.text().length() >= other.needle.text().length() ? needle
                    : other.needle;
            CharSet c = chars == null ? other.chars
                    : other.chars == null || !other.chars.betterThan(chars) ? chars : other.chars;
            return new Requirement(n, c);
        }

        /** What every match of either branch holds: no needle, the union of the character sets. */
        Requirement or(Requirement other) {
            return new Requirement(null, chars == null || other.chars == null ? null : chars.union(other.chars));
        }
    }

    /** Syntax the reader does not follow: the expression gets no screen. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
