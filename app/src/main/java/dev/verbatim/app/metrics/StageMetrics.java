package dev.verbatim.app.metrics;

import dev.verbatim.clean.kafka.RejectionCounts;
import dev.verbatim.ingest.crawl.CrawlMetrics;
import dev.verbatim.ingest.crawl.FetchError;
import dev.verbatim.model.Rejection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The meters of one process's stages, in a Prometheus registry. Names (Prometheus adds
 * {@code _total} to counters and {@code _seconds} to timers):
 * <ul>
 *   <li>{@value #PUSHED}: pages pushed to the raw topic by this process;
 *   <li>{@value #CLEANED}, {@value #REJECTED} (tags {@code stage}, {@code reason}): pages the cleaner
 *       turned into transcripts or rejected;
 *   <li>{@value #CLEAN_TIME} (tag {@code outcome}): time the cleaning core took per page, a histogram;
 *   <li>{@value #STORED}, {@value #DELETED}: transcripts the sink stored, and removed by a tombstone;
 *   <li>{@value #STORE_FAILURES}: batches the sink's store could not write (its database down), each
 *       delivered again after a back-off;
 *   <li>{@value #LAG} (tag {@code stage}): records the stage's consumer group has yet to read;
 *   <li>{@value #CRAWL} (tag {@code outcome}): the crawler's fetches by outcome;
 *   <li>the Kafka clients' own metrics ({@code kafka_*}: the cleaner's Streams application, the sink's
 *       consumer, the producers that push pages), JVM memory, threads, CPU.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class StageMetrics {

    public static final String PUSHED = "verbatim.pages.pushed";
    public static final String CLEANED = "verbatim.pages.cleaned";
    public static final String REJECTED = "verbatim.pages.rejected";
    public static final String CLEAN_TIME = "verbatim.clean.time";
    public static final String STORED = "verbatim.transcripts.stored";
    public static final String DELETED = "verbatim.transcripts.deleted";
    public static final String STORE_FAILURES = "verbatim.sink.store.failures";
    public static final String LAG = "verbatim.consumer.lag";
    public static final String CRAWL = "verbatim.crawl.fetches";
    public static final String CRAWL_PUSHED = "verbatim.crawl.pushed";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter pushed = Counter.builder(PUSHED).description("pages pushed to the raw topic").register(registry);
    private final Counter cleaned = Counter.builder(CLEANED).description("pages cleaned into transcripts").register(registry);
    private final Counter stored = Counter.builder(STORED).description("transcripts stored by the sink").register(registry);
    private final Counter deleted = Counter.builder(DELETED).description("transcripts removed (their page is now rejected)")
            .register(registry);
    private final Timer cleanTime = cleanTimer("cleaned");
    private final Timer rejectTime = cleanTimer("rejected");
    private volatile Supplier<Health> health = () -> Health.down("stages", "starting");

    public StageMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private Timer cleanTimer(String outcome) {
        return Timer.builder(CLEAN_TIME).description("time the cleaning core took per page").tag("outcome", outcome)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    /** Counts and times the pages the cleaner's topology handles. */
    public RejectionCounts.Listener cleanListener() {
        return new RejectionCounts.Listener() {
            @Override
            public void cleaned(long nanos) {
                cleaned.increment();
                cleanTime.record(nanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public void rejected(Rejection r, long nanos) {
                Counter.builder(REJECTED).description("pages rejected, by stage and reason")
                        .tag("stage", r.stage().name().toLowerCase(Locale.ROOT)).tag("reason", r.reason().wireName())
                        .register(registry).increment();
                rejectTime.record(nanos, TimeUnit.NANOSECONDS);
            }
        };
    }

    public void pushed() {
        pushed.increment();
    }

    public void stored() {
        stored.increment();
    }

    public void deleted() {
        deleted.increment();
    }

    /** Reports {@value #STORE_FAILURES}, read from {@code source} when scraped (held weakly: pass a long-lived object, not a lambda). */
    public <T> void storeFailures(T source, java.util.function.ToDoubleFunction<T> failures) {
        FunctionCounter.builder(STORE_FAILURES, source, failures)
                .description("batches the sink's store could not write, each retried after a back-off").register(registry);
    }

    /** Binds a Streams application's metrics (consumer lag, commit rates, ...) until the returned handle is closed. */
    public AutoCloseable bind(KafkaStreams streams) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams);
        binder.bindTo(registry);
        return binder;
    }

    /** Binds a Kafka consumer's metrics (fetch lag, rates) until the returned binder is closed. */
    public KafkaClientMetrics bind(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
        KafkaClientMetrics binder = new KafkaClientMetrics(consumer);
        binder.bindTo(registry);
        return binder;
    }

    /** Binds a Kafka producer's metrics (send rates, errors, retries) until the returned binder is closed. */
    public KafkaClientMetrics bind(org.apache.kafka.clients.producer.Producer<?, ?> producer) {
        KafkaClientMetrics binder = new KafkaClientMetrics(producer);
        binder.bindTo(registry);
        return binder;
    }

    /** Reports a crawler's counters as {@value #CRAWL} by outcome. */
    public void bind(CrawlMetrics crawl) {
        crawlCounter(crawl, "fetched", CrawlMetrics::fetchedCount);
        crawlCounter(crawl, "unchanged", CrawlMetrics::unchangedCount);
        crawlCounter(crawl, "robots_denied", CrawlMetrics::robotsDeniedCount);
        for (FetchError e : FetchError.values()) {
            crawlCounter(crawl, e.name().toLowerCase(Locale.ROOT), c -> c.errorCount(e));
        }
        FunctionCounter.builder(CRAWL_PUSHED, crawl, CrawlMetrics::pushedCount)
                .description("crawled pages pushed (new or changed)").register(registry);
    }

    private void crawlCounter(CrawlMetrics crawl, String outcome, java.util.function.ToDoubleFunction<CrawlMetrics> f) {
        FunctionCounter.builder(CRAWL, crawl, f).description("crawler fetches by outcome").tag("outcome", outcome)
                .register(registry);
    }

    /** Reports {@value #LAG} of {@code stage}, read when scraped; a negative value means unknown (no offsets yet). */
    public void lag(String stage, Supplier<Number> records) {
        Gauge.builder(LAG, records).description("records the stage's consumer group has yet to read")
                .tag("stage", stage).strongReference(true).register(registry);
    }

    /** Where {@code /health} asks. */
    public void healthFrom(Supplier<Health> source) {
        this.health = Objects.requireNonNull(source, "source");
    }

    public Health health() {
        return health.get();
    }

    /** All meters in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** The sum of every counter named {@code name}, whatever its tags (all rejections, for example). */
    public double total(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The number a counter shows now (0 when it was never incremented); for summaries and tests. */
    public double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }
}
