package dev.verbatim.clean.steps;

import java.util.Arrays;
import java.util.List;

/**
 * Finds where a few texts (keys such as {@code "datePublished"}) first occur in long texts (a page's
 * scripts, tens of kilobytes), all in one pass that skips ahead: the Wu–Manber search. A window as
 * long as the shortest key slides along the text; the two characters that end it say how far the
 * next possible match is, often most of the window, so most characters are never read. One
 * {@code indexOf} per key reads every character once per key.
 *
 * <p>Exact and case-sensitive: the places are those of {@link String#indexOf(String)}.
 *
 * <p>Immutable and thread-safe.
 */
final class TextFinder {

    /** Slots of the shift table, by the hash of two characters (a power of two). */
    private static final int SLOTS = 1 << 12;
    /** The characters that end the window and choose its shift. */
    private static final int BLOCK = 2;

    private final String[] keys;
    /** The length of the window: the shortest key's. */
    private final int window;
    /** How far the window may move when it ends with the two characters of each slot. */
    private final int[] shift = new int[SLOTS];
    /** For each slot, the keys whose window-long prefix ends with those three characters; or null. */
    private final int[][] ending = new int[SLOTS][];

    /** A finder of {@code keys}, each at least two characters long; with none, it finds nothing. */
    TextFinder(List<String> keys) {
        this.keys = keys.toArray(String[]::new);
        if (keys.stream().anyMatch(k -> k.length() < BLOCK)) {
            throw new IllegalArgumentException("keys of two characters or more: " + keys);
        }
        this.window = keys.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        Arrays.fill(shift, window - BLOCK + 1);
        for (int k = 0; k < this.keys.length; k++) {
            String key = this.keys[k];
            for (int j = BLOCK - 1; j < window; j++) {
                int slot = slot(key.charAt(j - 1), key.charAt(j));
                shift[slot] = Math.min(shift[slot], window - 1 - j);
            }
            int slot = slot(key.charAt(window - 2), key.charAt(window - 1));
            int[] old = ending[slot];
            int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = k;
            ending[slot] = now;
        }
    }

    /** The first place of each key in {@code text}, in the order of the keys; -1 where it does not occur. */
    int[] firstPlaces(String text) {
        int[] places = new int[keys.length];
        Arrays.fill(places, -1);
        int left = keys.length;
        int end = window - 1;
        while (end < text.length() && left > 0) {
            int slot = slot(text.charAt(end - 1), text.charAt(end));
            int s = shift[slot];
            if (s > 0) {
                end += s;
                continue;
            }
            int start = end - window + 1;
            for (int k : ending[slot]) {
                if (places[k] < 0 && text.startsWith(keys[k], start)) {
                    places[k] = start;
                    left--;
                }
            }
            end++;
        }
        return places;
    }

    private static int slot(char a, char b) {
        return (a * 31 + b) & (SLOTS - 1);
    }
}
