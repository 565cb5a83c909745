package dev.verbatim.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.kafka.RejectionCounts;
import dev.verbatim.ingest.crawl.CrawlMetrics;
import dev.verbatim.ingest.crawl.FetchError;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The meters' names and tags as Prometheus shows them. */
class StageMetricsTest {

    private final StageMetrics metrics = new StageMetrics();

    @Test
    void rejectionsAreCountedByStageAndReasonAndTimed() {
        RejectionCounts.Listener clean = metrics.cleanListener();
        clean.rejected(new Rejection(Stage.DECODE, Reason.BINARY_CONTENT, "NUL bytes"), 2_000_000);
        clean.rejected(new Rejection(Stage.DECODE, Reason.BINARY_CONTENT, "NUL bytes"), 1_000_000);
        clean.rejected(new Rejection(Stage.SEGMENT, Reason.TOO_SHORT, "12 characters"), 3_000_000);
        clean.cleaned(5_000_000);

        String text = metrics.scrape();
        assertThat(text).contains("verbatim_pages_rejected_total{reason=\"binary-content\",stage=\"decode\"} 2.0\n",
                "verbatim_pages_rejected_total{reason=\"too-short\",stage=\"segment\"} 1.0\n",
                "verbatim_pages_cleaned_total 1.0\n",
                "verbatim_clean_time_seconds_count{outcome=\"rejected\"} 3\n",
                "verbatim_clean_time_seconds_sum{outcome=\"rejected\"} 0.006\n",
                "verbatim_clean_time_seconds_sum{outcome=\"cleaned\"} 0.005\n");
        assertThat(metrics.total(StageMetrics.REJECTED)).isEqualTo(3.0);
    }

    @Test
    void crawlFetchesShowOneSeriesPerOutcome() {
        metrics.bind(new CrawlMetrics());

        String text = metrics.scrape();
        assertThat(text).contains("verbatim_crawl_fetches_total{outcome=\"fetched\"} 0.0\n",
                "verbatim_crawl_fetches_total{outcome=\"unchanged\"} 0.0\n",
                "verbatim_crawl_fetches_total{outcome=\"robots_denied\"} 0.0\n",
                "verbatim_crawl_pushed_total 0.0\n");
        for (FetchError e : FetchError.values()) {
            assertThat(text).contains("verbatim_crawl_fetches_total{outcome=\"" + e.name().toLowerCase(Locale.ROOT) + "\"} 0.0\n");
        }
    }
}
