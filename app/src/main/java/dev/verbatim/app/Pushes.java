package dev.verbatim.app;

import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.ingest.kafka.RawPageProducer;
import dev.verbatim.model.RawPage;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of pushes to the raw topic. A page counts as pushed (in the tally, the progress bar and
 * the returned count) only once the broker has acknowledged it. While the cluster is away the
 * producer keeps the pages and re-sends them; a page it gives up on (past
 * {@code kafka.outage.timeout}, or refused) is named in the log, and {@link #finish()} fails
 * naming how many, so that no page passes for pushed when it is not.
 *
 * <p>Thread-safe: acknowledgements arrive on the producer's I/O thread.
 */
final class Pushes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pushes.class);

    private final RawPageProducer producer;
    private final AutoCloseable producerMetrics;
    private final UrlNormalizer normalizer;
    private final Tally tally;
    private final Runnable onPushed;
    private final String topic;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acked = new AtomicInteger();
    private final Queue<String> unsent = new ConcurrentLinkedQueue<>();

    /**
     * @param producerMetrics the producer's metrics binding, closed before the producer
     * @param onPushed        told of every acknowledged page (the pushed-pages metric)
     */
    Pushes(RawPageProducer producer, AutoCloseable producerMetrics, UrlNormalizer normalizer, Tally tally,
            Runnable onPushed, String topic) {
        this.producer = producer;
        this.producerMetrics = producerMetrics;
        this.normalizer = normalizer;
        this.tally = tally;
        this.onPushed = onPushed;
        this.topic = topic;
    }

    /** Sends a page keyed by its normalized URL (the one identity of an article); {@code onAcked} once the broker has it. */
    void send(RawPage given, Runnable onAcked) {
        RawPage page = normalizer.page(given);
        sent.incrementAndGet();
        tally.sending(page.url());
        producer.send(page, Map.of(), () -> {
            tally.pushed(page.url());
            onPushed.run();
            acked.incrementAndGet();
            onAcked.run();
            LOG.debug("pushed {}", page.url());
        }, e -> {
            unsent.add(page.url());
            LOG.error("not pushed to {}: {} ({})", topic, page.url(), e.getMessage());
        });
    }

    /**
     * Waits for every answer.
     *
     * @return the pages the broker acknowledged
     * @throws IllegalStateException when some were not pushed (each one is named in the log)
     */
    int finish() {
        producer.awaitAnswers();
        if (!unsent.isEmpty()) {
            throw new IllegalStateException(unsent.size() + " of " + sent.get() + " pages were not pushed to " + topic
                    + " (each one is named in the log above, first " + unsent.peek() + "); push them again");
        }
        return acked.get();
    }

    int acked() {
        return acked.get();
    }

    @Override
    public void close() {
        try {
            producerMetrics.close();
        } catch (Exception e) {
            LOG.debug("unbinding the producer's metrics failed: {}", e.getMessage());
        } finally {
            producer.close();
        }
    }
}
