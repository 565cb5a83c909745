package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Per-page budgets ({@code limits} in the rules): a page past one is rejected with its reason
 * ({@code too-large}, {@code too-complex} or {@code timeout}) instead of being cleaned at any cost.
 * See {@code rules-default.yaml} for each default.
 *
 * @param maxInputBytes  largest body in bytes, after any decompression (too-large)
 * @param maxElements    most HTML start tags, counted before parsing, or lines of a text or Markdown page (too-complex)
 * @param maxBlocks      most blocks read from a page or kept in its transcript (too-complex)
 * @param maxChars       most characters of block text in a transcript (too-large)
 * @param maxFieldChars  longest title, site, author, editor or IP location kept; longer ones are cut
 * @param maxRemoved     most entries in {@code removed[]}; past it the rest are merged, one entry per reason
 * @param maxCpuMillis   most CPU time, in milliseconds, cleaning one page may take (timeout)
 */
public record PageLimits(
        @JsonProperty("max_input_bytes") int maxInputBytes,
        @JsonProperty("max_elements") int maxElements,
        @JsonProperty("max_blocks") int maxBlocks,
        @JsonProperty("max_chars") int maxChars,
        @JsonProperty("max_field_chars") int maxFieldChars,
        @JsonProperty("max_removed") int maxRemoved,
        @JsonProperty("max_cpu_ms") int maxCpuMillis) {

    public PageLimits {
        RuleChecks.atLeast("limits.max_input_bytes", maxInputBytes, 1024);
        RuleChecks.atLeast("limits.max_elements", maxElements, 100);
        RuleChecks.atLeast("limits.max_blocks", maxBlocks, 10);
        RuleChecks.atLeast("limits.max_chars", maxChars, 1000);
        RuleChecks.atLeast("limits.max_field_chars", maxFieldChars, 20);
        RuleChecks.atLeast("limits.max_removed", maxRemoved, 10);
        RuleChecks.atLeast("limits.max_cpu_ms", maxCpuMillis, 10);
    }
}
