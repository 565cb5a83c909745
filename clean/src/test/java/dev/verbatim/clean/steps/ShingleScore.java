package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric, as in {@code score_extraction.py}: 4-token shingles
 * over {@code \w+} tokens, macro precision over pages with output, macro recall over pages with
 * truth, F1 of the two means. Test scope.
 */
final class ShingleScore {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    void add(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int common = Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            tp += common;
            fp += e.getValue() - common;
        }
        int fn = t.values().stream().mapToInt(Integer::intValue).sum() - tp;
        boolean perfect = fp == 0 && fn == 0;
        if (!p.isEmpty()) {
            precisionSum += perfect ? 1 : (double) tp / (tp + fp);
            precisionPages++;
        }
        if (!t.isEmpty()) {
            recallSum += perfect ? 1 : (double) tp / (tp + fn);
            recallPages++;
        }
    }

    double f1() {
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() <= N) {
            counts.put(tokens, 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(tokens.subList(i, i + N), 1, Integer::sum);
        }
        return counts;
    }
}
