package dev.verbatim.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a pipeline run did, in the user's terms: pages in, transcripts stored, pages rejected and why. */
public record RunSummary(int pagesIn, int stored, Map<String, String> rejected, int pending, Duration elapsed) {

    public RunSummary {
        rejected = Map.copyOf(rejected);
    }

    /** Several lines: the totals, then one line per rejected page. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "pages in: %d, transcripts stored: %d, rejected: %d%s, elapsed: %.1f s%n",
                pagesIn, stored, rejected.size(), pending > 0 ? ", still pending: " + pending : "",
                elapsed.toMillis() / 1000.0));
        new TreeMap<>(rejected).forEach((url, reason) -> sb.append("  rejected ").append(url).append(" - ")
                .append(reason).append(System.lineSeparator()));
        return sb.toString();
    }
}
