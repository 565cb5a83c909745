package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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

    /** The most needles a case-blind screen searches for at once. */
    private static final int MAX_NEEDLES = 64;

    private final Needle needle;
    private final CharSet chars;
    /** For a case-blind screen: the needles one of which every match holds, searched for at once. */
    private final NeedleSearch anyOf;

    private RegexScreen(Needle needle, CharSet chars, NeedleSearch anyOf) {
        this.needle = needle;
        this.chars = chars;
        this.anyOf = anyOf;
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
            return Optional.of(new RegexScreen(r.needle(), null, null));
        }
        return r.chars() == null ? Optional.empty() : Optional.of(new RegexScreen(null, r.chars(), null));
    }

    /**
     * A screen of {@code regex} that holds whatever case it is matched in, {@link java.util.regex.Pattern#CASE_INSENSITIVE}
     * with {@link java.util.regex.Pattern#UNICODE_CASE} or not: the texts of which every match holds one
     * ({@code comment|reply} holds {@code comment} or {@code reply}), looked for with Unicode case folding
     * ({@link NeedleSearch#unicodeCaseBlind}). Empty when some branch holds no text, or only one ASCII character.
     */
    static Optional<RegexScreen> caseBlind(String regex) {
        Requirement r;
        try {
            r = new RegexReader(regex, true).whole();
        } catch (Unsupported e) {
            return Optional.empty();
        }
        List<Needle> needles = r.anyOf();
        if (needles == null || needles.isEmpty() || needles.size() > MAX_NEEDLES || !needles.stream()
                .allMatch(n -> (n.text().length() >= 2 || n.text().charAt(0) > 0x7F) && n.text().chars().noneMatch(c -> Character.isSurrogate((char) c)))) {
            return Optional.empty();
        }
        return Optional.of(new RegexScreen(null, null, NeedleSearch.unicodeCaseBlind(needles)));
    }

    private static boolean worthSearching(String needle) {
        return needle.length() >= MIN_ASCII_NEEDLE || needle.chars().anyMatch(c -> c > 0x7F);
    }

    /** False when {@code text} certainly has no match. */
    boolean admits(String text) {
        if (anyOf != null) {
            return anyOf.anyIn(text);
        }
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

    /**
     * What every match of a part of an expression holds: the best needle and character set found, and the
     * best set of needles one of which it holds (a branch's needles); each may be null.
     */
    record Requirement(Needle needle, CharSet chars, List<Needle> anyOf) {

        static final Requirement NONE = new Requirement(null, null, null);

        static Requirement of(Needle needle) {
            return new Requirement(needle, null, List.of(needle));
        }

        static Requirement of(CharSet chars) {
            return new Requirement(null, chars, null);
        }

        /** The better needle, character set and needle set of the two. */
        Requirement and(Requirement other) {
            Needle n = needle == null ? other.needle
                    : other.needle == null || needle.text().length() >= other.needle.text().length() ? needle
                    : other.needle;
            CharSet c = chars == null ? other.chars
                    : other.chars == null || !other.chars.betterThan(chars) ? chars : other.chars;
            return new Requirement(n, c, betterSet(anyOf, other.anyOf));
        }

        /** What every match of either branch holds: no needle, the union of the character sets and of the needle sets. */
        Requirement or(Requirement other) {
            List<Needle> both = null;
            if (anyOf != null && other.anyOf != null) {
                both = new ArrayList<>(anyOf);
                both.addAll(other.anyOf);
            }
            return new Requirement(null, chars == null || other.chars == null ? null : chars.union(other.chars), both);
        }

        /** The set whose shortest needle is longer, then the smaller set. */
        private static List<Needle> betterSet(List<Needle> a, List<Needle> b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int shortestA = shortest(a);
            int shortestB = shortest(b);
            return shortestA != shortestB ? (shortestA > shortestB ? a : b) : (a.size() <= b.size() ? a : b);
        }

        private static int shortest(List<Needle> needles) {
            return needles.stream().mapToInt(n -> n.text().length()).min().orElse(0);
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
