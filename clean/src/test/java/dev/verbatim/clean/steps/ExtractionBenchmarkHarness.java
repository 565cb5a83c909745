package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the shared article-extraction-benchmark (181 real pages). Runs only with
 * {@code -Dbench.extract=true} and when {@code ../shared} (or {@code -Dbench.dataset}) exists;
 * writes {@code target/extract-out/<id>.json} for {@code score_extraction.py}.
 */
class ExtractionBenchmarkHarness {

    @Test
    void scoresAboveReadabilityOnTheSharedBenchmark() throws Exception {
        assumeTrue(Boolean.getBoolean("bench.extract"), "set -Dbench.extract=true to run");
        Path dataset = Path.of(System.getProperty("bench.dataset",
                "../../shared/datasets/article-extraction-benchmark"));
        assumeTrue(Files.isRegularFile(dataset.resolve("ground-truth.json")),
                "benchmark data not found at " + dataset.toAbsolutePath());
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.load(dataset);
        ExtractionBenchmark.Timing t = ExtractionBenchmark.run(pages,
                Path.of("target/extract-out"), 2);
        System.out.printf(java.util.Locale.ROOT,
                "pages=%d parse-only=%.1f pages/s parse+extract=%.1f pages/s F1=%.4f%n",
                pages.size(), t.parsePagesPerSecond(), t.extractPagesPerSecond(), t.f1());
        assertThat(t.f1()).isGreaterThan(0.95);
    }
}
