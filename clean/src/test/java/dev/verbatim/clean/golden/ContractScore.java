package dev.verbatim.clean.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One case's score against its expected transcript, computed exactly as the shared scorer
 * ({@code tools/score_transcripts.py}) does: metadata fields right out of nine, heading F1 over exact
 * texts, in-order turn alignment with a difflib ratio of at least 0.9, character-bigram text F1, and
 * the forbidden strings found anywhere in the output.
 */
record ContractScore(int meta, double headingsF1, double turnsAcc, double textF1, List<String> leaked) {

    static final List<String> META_FIELDS = List.of("title", "published_at", "site", "authors", "editors",
            "ip_location", "language", "script.detected", "script.output");
    private static final double TURN_SIM = 0.9;
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\r\\f\\u000b\\u3000\\u00a0]+");

    ContractScore {
        leaked = List.copyOf(leaked);
    }

    /** Scores {@code out} (a transcript JSON) against {@code exp} (an expected.json). */
    static ContractScore of(JsonNode exp, JsonNode out) {
        int meta = (int) META_FIELDS.stream().filter(f -> fieldOk(f, exp, out)).count();
        List<JsonNode> et = blocks(exp, "turn");
        List<JsonNode> ot = blocks(out, "turn");
        int denom = Math.max(et.size(), ot.size());
        double turns = denom == 0 ? 1.0 : (double) alignTurns(et, ot) / denom;
        return new ContractScore(meta, headingsF1(exp, out), turns, textF1(exp, out), leaks(exp, out));
    }

    /** A one-line summary in the scorer's terms. */
    String line() {
        return String.format(Locale.ROOT, "meta=%d/9 h_f1=%.3f t_acc=%.3f txtF1=%.3f leaks=%d",
                meta, headingsF1, turnsAcc, textF1, leaked.size());
    }

    private static boolean fieldOk(String name, JsonNode exp, JsonNode out) {
        JsonNode e = get(exp, name);
        JsonNode o = get(out, name);
        if (name.equals("published_at")) {
            return Objects.equals(instant(e), instant(o));
        }
        if (name.equals("authors") || name.equals("editors")) {
            return o.isArray() && flatList(e).equals(flatList(o));
        }
        if (e.isNull() || e.isMissingNode() || e.asText().isEmpty()) {
            return o.isNull() || o.isMissingNode() || o.asText().isEmpty();
        }
        return o.isTextual() && flat(o.asText()).equals(flat(e.asText()));
    }

    private static Object instant(JsonNode n) {
        if (!n.isTextual() || n.asText().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(n.asText().strip().replace("Z", "+00:00")).toInstant();
        } catch (DateTimeParseException e) {
            return "unparseable";
        }
    }

    private static double headingsF1(JsonNode exp, JsonNode out) {
        List<String> eh = blocks(exp, "heading").stream().map(b -> flat(b.path("text").asText())).toList();
        List<String> oh = blocks(out, "heading").stream().map(b -> flat(b.path("text").asText())).toList();
        if (eh.isEmpty() && oh.isEmpty()) {
            return 1.0;
        }
        Map<String, Integer> left = counts(eh);
        int tp = 0;
        for (String h : oh) {
            if (left.getOrDefault(h, 0) > 0) {
                left.merge(h, -1, Integer::sum);
                tp++;
            }
        }
        double p = oh.isEmpty() ? 0 : (double) tp / oh.size();
        double r = eh.isEmpty() ? 0 : (double) tp / eh.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Longest in-order alignment of expected to output turns, within the scorer's band. */
    private static int alignTurns(List<JsonNode> et, List<JsonNode> ot) {
        int n = et.size();
        int m = ot.size();
        int band = Math.max(15, Math.abs(n - m) + 15);
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int best = Math.max(dp[i - 1][j], dp[i][j - 1]);
                if (Math.abs(i - j) <= band && dp[i - 1][j - 1] + 1 > best && turnMatch(et.get(i - 1), ot.get(j - 1))) {
                    best = dp[i - 1][j - 1] + 1;
                }
                dp[i][j] = best;
            }
        }
        return dp[n][m];
    }

    private static boolean turnMatch(JsonNode e, JsonNode o) {
        if (!flat(e.path("speaker").asText()).equals(flat(o.path("speaker").asText()))) {
            return false;
        }
        return SequenceRatio.atLeast(norm(e.path("text").asText()), norm(o.path("text").asText()), TURN_SIM);
    }

    private static double textF1(JsonNode exp, JsonNode out) {
        Map<String, Integer> ce = bigrams(blocks(exp, null));
        Map<String, Integer> co = bigrams(blocks(out, null));
        int se = ce.values().stream().mapToInt(Integer::intValue).sum();
        int so = co.values().stream().mapToInt(Integer::intValue).sum();
        if (se == 0 && so == 0) {
            return 1.0;
        }
        if (se == 0 || so == 0) {
            return 0.0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : ce.entrySet()) {
            common += Math.min(e.getValue(), co.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (se + so);
    }

    private static Map<String, Integer> bigrams(List<JsonNode> blocks) {
        Map<String, Integer> c = new HashMap<>();
        for (JsonNode b : blocks) {
            String t = flat(b.path("text").asText());
            for (int i = 0; i + 1 < t.length(); i++) {
                c.merge(t.substring(i, i + 2), 1, Integer::sum);
            }
            if (t.length() == 1) {
                c.merge(t, 1, Integer::sum);
            }
        }
        return c;
    }

    private static List<String> leaks(JsonNode exp, JsonNode out) {
        StringBuilder hay = new StringBuilder();
        out.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("forbidden")) {
                strings(f.getValue(), hay);
            }
        });
        String all = hay.toString();
        List<String> found = new ArrayList<>();
        for (JsonNode f : exp.path("forbidden")) {
            String s = flat(f.asText());
            if (!s.isEmpty() && all.contains(s)) {
                found.add(s);
            }
        }
        return found;
    }

    private static void strings(JsonNode n, StringBuilder hay) {
        if (n.isTextual()) {
            hay.append(flat(n.asText())).append('\n');
        } else {
            n.elements().forEachRemaining(c -> strings(c, hay));
        }
    }

    private static List<JsonNode> blocks(JsonNode doc, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode b : doc.path("blocks")) {
            if (b.isObject() && (type == null || type.equals(b.path("type").asText()))) {
                out.add(b);
            }
        }
        return out;
    }

    private static JsonNode get(JsonNode doc, String dotted) {
        JsonNode cur = doc;
        for (String part : dotted.split("\\.")) {
            cur = cur.path(part);
        }
        return cur;
    }

    private static List<String> flatList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(flat(n.asText())));
        return out;
    }

    private static Map<String, Integer> counts(List<String> items) {
        Map<String, Integer> c = new HashMap<>();
        items.forEach(s -> c.merge(s, 1, Integer::sum));
        return c;
    }

    /** The scorer's {@code flat}: runs of whitespace to one space, trimmed. */
    static String flat(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The scorer's {@code norm}: each line's spaces collapsed and trimmed, empty lines dropped. */
    static String norm(String s) {
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            String t = LINE_SPACES.matcher(line).replaceAll(" ").strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n", lines);
    }
}
