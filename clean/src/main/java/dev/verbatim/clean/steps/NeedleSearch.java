package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Many needles (plain texts, each exact or ASCII case-blind) searched in one pass over a text,
 * instead of one search per needle: at each position, only the needles that start with the two
 * characters found there (a table of their hashes) are compared. A rule list of some fifty needles
 * costs one walk over the block rather than fifty {@code indexOf} passes (or a hundred for the
 * case-blind ones, one per case); keying on two characters rather than one keeps the comparisons
 * rare in English text, where a handful of needles start with each common letter.
 *
 * <p>Case-blind means as {@code (?i)} without {@code UNICODE_CASE}: the ASCII letters of the text
 * are lower-cased, every other character must be equal, and the needle is given lower-cased. This
 * is exactly what the regular expression the needle comes from matches. A {@link #unicodeCaseBlind}
 * search folds every character of the text and the needles as {@code UNICODE_CASE} does
 * ({@code Character.toLowerCase(Character.toUpperCase(c))}: {@code ſ} is {@code s}, {@code Ö} is
 * {@code ö}), so that it finds at least what the expression's match holds in any case.
 *
 * <p>Not a library's Aho–Corasick: {@code org.ahocorasick} folds case Unicode-wide (wider than
 * {@code (?i)}) and returns a match object per hit; with needles this few and blocks this short, a
 * table of two-character starts is as fast and plainer.
 *
 * <p>Immutable and thread-safe.
 */
final class NeedleSearch {

    /** Slots of the table of two-character starts (a power of two). */
    private static final int SLOTS = 1 << 12;

    private final RegexScreen.Needle[] needles;
    /** Whether every character is folded as {@code UNICODE_CASE} folds it (and every needle compared so). */
    private final boolean unicode;
    /** For each slot of two starting characters (folded), the indexes of the needles that start so; or null. */
    private final int[][] byStart = new int[SLOTS][];
    /** The indexes of the needles of one character, looked for one by one. */
    private final int[] singles;

    /** A search for {@code needles} (none empty); the index of a needle in the list names it in results. */
    NeedleSearch(List<RegexScreen.Needle> needles) {
        this(needles, false);
    }

    /** A search for {@code needles} (none empty) in any case, Unicode-wide. */
    static NeedleSearch unicodeCaseBlind(List<RegexScreen.Needle> needles) {
        return new NeedleSearch(needles.stream().map(n -> new RegexScreen.Needle(unicodeFolded(n.text()), true)).toList(),
                true);
    }

    private NeedleSearch(List<RegexScreen.Needle> needles, boolean unicode) {
        this.unicode = unicode;
        this.needles = needles.toArray(RegexScreen.Needle[]::new);
        Map<Integer, List<Integer>> starts = new HashMap<>();
        List<Integer> singles = new ArrayList<>();
        for (int n = 0; n < needles.size(); n++) {
            String text = needles.get(n).text();
            if (text.length() == 1) {
                singles.add(n);
            } else {
                starts.computeIfAbsent(slot(fold(text.charAt(0)), fold(text.charAt(1))), s -> new ArrayList<>()).add(n);
            }
        }
        starts.forEach((slot, list) -> byStart[slot] = list.stream().mapToInt(Integer::intValue).toArray());
        this.singles = singles.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of needles. */
    int size() {
        return needles.length;
    }

    /** The indexes of the needles found in {@code text}. */
    BitSet foundIn(String text) {
        BitSet found = new BitSet(needles.length);
        search(text, found);
        return found;
    }

    /** Whether any needle is in {@code text}; stops at the first. */
    boolean anyIn(String text) {
        return search(text, null);
    }

    /**
     * Looks for the needles in {@code text}, noting each found in {@code found}; with no set, stops at the
     * first found. Returns whether one was.
     */
    private boolean search(String text, @Nullable BitSet found) {
        boolean any = false;
        for (int n : singles) {
            if (containsSingle(text, needles[n])) {
                if (found == null) {
                    return true;
                }
                found.set(n);
                any = true;
            }
        }
        char previous = text.isEmpty() ? 0 : fold(text.charAt(0));
        for (int i = 1; i < text.length(); i++) {
            char current = fold(text.charAt(i));
            int[] candidates = byStart[slot(previous, current)];
            if (candidates != null) {
                for (int n : candidates) {
                    if ((found == null || !found.get(n)) && isAt(text, i - 1, needles[n])) {
                        if (found == null) {
                            return true;
                        }
                        found.set(n);
                        any = true;
                    }
                }
            }
            previous = current;
        }
        return any;
    }

    /** The table slot of a needle or text position starting with the folded characters {@code a}, {@code b}. */
    private static int slot(char a, char b) {
        return (a * 31 + b) & (SLOTS - 1);
    }

    private boolean containsSingle(String text, RegexScreen.Needle needle) {
        char c = needle.text().charAt(0);
        if (unicode) {
            for (int i = 0; i < text.length(); i++) {
                if (fold(text.charAt(i)) == c) {
                    return true;
                }
            }
            return false;
        }
        boolean letter = c >= 'a' && c <= 'z';
        return text.indexOf(c) >= 0 || (needle.folded() && letter && text.indexOf(c - ('a' - 'A')) >= 0);
    }

    private boolean isAt(String text, int at, RegexScreen.Needle needle) {
        String n = needle.text();
        if (!needle.folded()) {
            return text.startsWith(n, at);
        }
        if (at + n.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < n.length(); j++) {
            if (fold(text.charAt(at + j)) != n.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** {@code c} folded: ASCII upper-case letters lower-cased (the folding of {@code (?i)}), or as {@code UNICODE_CASE} folds it. */
    private char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return unicode ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    private static String unicodeFolded(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Character.toLowerCase(Character.toUpperCase(s.charAt(i))));
        }
        return sb.toString();
    }
}
