package dev.verbatim.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pipeline run did, in the user's terms: input files found and skipped (with why), pages
 * in, transcripts stored, pages rejected and why. Every input file is counted: it is a page in
 * (then stored, rejected or pending) or skipped.
 */
public record RunSummary(int pagesIn, int stored, Map<String, String> rejected, int pending, Duration elapsed,
        int files, Map<String, String> skipped) {

    public RunSummary {
        rejected = Map.copyOf(rejected);
        skipped = Map.copyOf(skipped);
    }

    /** Several lines: the files, the totals, then one line per skipped file and per rejected page. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (files > 0 || !skipped.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "files: %d, skipped: %d%n", files, skipped.size()));
        }
        sb.append(String.format(Locale.ROOT, "pages in: %d, transcripts stored: %d, rejected: %d%s, elapsed: %.1f s%n",
                pagesIn, stored, rejected.size(), pending > 0 ? ", still pending: " + pending : "",
                elapsed.toMillis() / 1000.0));
        new TreeMap<>(skipped).forEach((path, reason) -> sb.append("  skipped ").append(path).append(" - ")
                .append(reason).append(System.lineSeparator()));
        new TreeMap<>(rejected).forEach((url, reason) -> sb.append("  rejected ").append(url).append(" - ")
                .append(reason).append(System.lineSeparator()));
        return sb.toString();
    }
}
