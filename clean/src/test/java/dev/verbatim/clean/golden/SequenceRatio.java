package dev.verbatim.clean.golden;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()} (Ratcliff/Obershelp:
 * twice the characters in the recursively longest matching blocks over the total length), with the
 * same cheap upper bounds tried first.
 */
final class SequenceRatio {

    private SequenceRatio() {}

    /** Whether the ratio of {@code a} and {@code b} reaches {@code threshold}. */
    static boolean atLeast(String a, String b, double threshold) {
        int total = a.length() + b.length();
        if (total == 0) {
            return 1.0 >= threshold;
        }
        if (2.0 * Math.min(a.length(), b.length()) / total < threshold || 2.0 * common(a, b) / total < threshold) {
            return false;
        }
        return ratio(a, b) >= threshold;
    }

    /** The ratio, between 0 and 1. */
    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches(a, b) / total;
    }

    private static int common(String a, String b) {
        Map<Character, Integer> avail = new HashMap<>();
        for (int i = 0; i < b.length(); i++) {
            avail.merge(b.charAt(i), 1, Integer::sum);
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            Integer left = avail.get(a.charAt(i));
            if (left != null && left > 0) {
                avail.put(a.charAt(i), left - 1);
                n++;
            }
        }
        return n;
    }

    private static int matches(String a, String b) {
        Map<Character, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.length(); j++) {
            b2j.computeIfAbsent(b.charAt(j), k -> new ArrayList<>()).add(j);
        }
        int total = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length(), 0, b.length()});
        while (!queue.isEmpty()) {
            int[] r = queue.pop();
            int[] best = longest(a, b2j, r[0], r[1], r[2], r[3]);
            int i = best[0];
            int j = best[1];
            int k = best[2];
            if (k > 0) {
                total += k;
                if (r[0] < i && r[2] < j) {
                    queue.push(new int[] {r[0], i, r[2], j});
                }
                if (i + k < r[1] && j + k < r[3]) {
                    queue.push(new int[] {i + k, r[1], j + k, r[3]});
                }
            }
        }
        return total;
    }

    /** difflib's find_longest_match without junk: the earliest longest block in a[alo,ahi) × b[blo,bhi). */
    private static int[] longest(String a, Map<Character, List<Integer>> b2j, int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestSize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : b2j.getOrDefault(a.charAt(i), List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestSize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestSize = k;
                }
            }
            j2len = next;
        }
        return new int[] {besti, bestj, bestSize};
    }
}
