package dev.verbatim.ingest.kafka;

import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes raw pages to the raw topic: key the URL, value the body bytes exactly as fetched, headers
 * {@code content-type}, {@code fetched-at} and {@code url}. Idempotent, acks=all, zstd.
 *
 * <p>Outlives the cluster for as long as it is allowed to ({@code outage}): while the brokers are
 * away the producer keeps its pages and re-sends them (idempotently: no duplicates) when they are
 * back; a page fails only when it has waited longer than that. At most {@link #MAX_UNACKED_BYTES}
 * wait for an acknowledgement at once: a send beyond that waits, and every waiting call logs once a
 * minute how many pages are waiting and for how long.
 *
 * <p>Thread-safe, as {@link KafkaProducer} is.
 */
public final class RawPageProducer implements AutoCloseable {

    /** Unlimited: keep retrying while the cluster is away, however long. */
    public static final long UNLIMITED = Long.MAX_VALUE;
    /** Bytes of pages sent but not yet acknowledged before {@link #send} waits (half the producer's buffer). */
    static final long MAX_UNACKED_BYTES = 16L * 1024 * 1024;
    private static final long LINGER_MS = 5;
    private static final long REQUEST_TIMEOUT_MS = 30_000;
    private static final Logger LOG = LoggerFactory.getLogger(RawPageProducer.class);

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String bootstrapServers;
    private final Object acks = new Object();
    /** Guarded by {@link #acks}. */
    private long unackedBytes;
    /** Guarded by {@link #acks}. */
    private int unacked;
    /** Guarded by {@link #acks}: when the last acknowledgement (or failure) came, for the waiting log. */
    private long lastAnswerNanos = System.nanoTime();

    /** A producer that retries for as long as the cluster is away. */
    public RawPageProducer(Map<String, String> client, String topic) {
        this(client, topic, UNLIMITED);
    }

    /**
     * @param client   Kafka client properties, {@code bootstrap.servers} included, laid over this producer's
     *                 own settings (security, tuning)
     * @param outageMs how long a page may wait for the cluster before its send fails ({@link #UNLIMITED}: forever)
     */
    public RawPageProducer(Map<String, String> client, String topic, long outageMs) {
        this.topic = topic;
        this.bootstrapServers = client.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
        this.producer = new KafkaProducer<>(config(client, outageMs), new StringSerializer(),
                new ByteArraySerializer());
    }

    static Properties config(Map<String, String> client) {
        return config(client, UNLIMITED);
    }

    /** The producer's timeouts follow {@code outageMs}: retries and blocking last that long, no longer. */
    static Properties config(Map<String, String> client, long outageMs) {
        long request = Math.min(REQUEST_TIMEOUT_MS, Math.max(1000, outageMs - LINGER_MS));
        Properties p = new Properties();
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) request);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, Math.max(outageMs, request + LINGER_MS)));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, outageMs);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, (int) LINGER_MS);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "verbatim-ingest");
        p.putAll(client);
        return p;
    }

    /** Sends one page without waiting; {@code onError} hears of a failed send (on the producer's I/O thread). */
    public void send(RawPage page, Consumer<Exception> onError) {
        send(page, Map.of(), () -> { }, onError);
    }

    /** As {@link #send(RawPage, Consumer)}, with the page's original HTTP headers, each as {@code http.<name>}. */
    public void send(RawPage page, Map<String, String> httpHeaders, Consumer<Exception> onError) {
        send(page, httpHeaders, () -> { }, onError);
    }

    /**
     * Sends one page once fewer than {@link #MAX_UNACKED_BYTES} wait for an acknowledgement; exactly
     * one of {@code onAcked} (the broker has it) and {@code onError} is called, on the producer's
     * I/O thread.
     */
    public void send(RawPage page, Map<String, String> httpHeaders, Runnable onAcked, Consumer<Exception> onError) {
        int size = page.body().length + page.url().length();
        awaitRoom(size);
        producer.send(record(page, httpHeaders), (meta, e) -> {
            try {
                if (e != null) {
                    onError.accept(e);
                } else {
                    onAcked.run();
                }
            } finally {
                answered(size); // after the callback: awaitAnswers() returns with every callback done
            }
        });
    }

    /** Sends one page; the future completes when the broker has it. */
    public Future<RecordMetadata> send(RawPage page) {
        return producer.send(record(page, Map.of()));
    }

    private void awaitRoom(long size) {
        synchronized (acks) {
            while (unacked > 0 && unackedBytes + size > MAX_UNACKED_BYTES) {
                waitLogging();
            }
            unacked++;
            unackedBytes += size;
        }
    }

    private void answered(long size) {
        synchronized (acks) {
            unacked--;
            unackedBytes -= size;
            lastAnswerNanos = System.nanoTime();
            acks.notifyAll();
        }
    }

    /** Waits up to a minute for an answer; logs when a minute passed without any. Holds {@link #acks}. */
    private void waitLogging() {
        try {
            acks.wait(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka to acknowledge pages", e);
        }
        long silent = System.nanoTime() - lastAnswerNanos;
        if (silent >= TimeUnit.MINUTES.toNanos(1)) {
            LOG.warn("Kafka at {} has not acknowledged any page for {} s; {} pages wait for it (retrying)",
                    bootstrapServers, TimeUnit.NANOSECONDS.toSeconds(silent), unacked);
        }
    }

    /**
     * Waits until every page sent so far is acknowledged or has failed (its callback called),
     * logging once a minute while the cluster does not answer.
     */
    public void awaitAnswers() {
        // Not producer.flush(): it would block silently through an outage. Batches go after linger.ms anyway.
        synchronized (acks) {
            while (unacked > 0) {
                waitLogging();
            }
        }
    }

    private ProducerRecord<String, byte[]> record(RawPage page, Map<String, String> httpHeaders) {
        RecordHeaders headers = new RecordHeaders();
        httpHeaders.forEach((name, value) -> headers.add(PageHeaders.HTTP_PREFIX + name.toLowerCase(Locale.ROOT),
                value.getBytes(StandardCharsets.UTF_8)));
        headers.add(PageHeaders.CONTENT_TYPE, page.contentType().getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.FETCHED_AT,
                DateTimeFormatter.ISO_INSTANT.format(page.fetchedAt()).getBytes(StandardCharsets.UTF_8));
        headers.add(PageHeaders.URL, page.url().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, page.url(), page.body(), headers);
    }

    /** Sends one page and waits for the broker's acknowledgement, logging once a minute while it waits. */
    public RecordMetadata sendAndWait(RawPage page) throws InterruptedException {
        Future<RecordMetadata> f = send(page);
        long start = System.nanoTime();
        while (true) {
            try {
                return f.get(1, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not push " + page.url() + " to " + topic + ": "
                        + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                LOG.warn("Kafka at {} has not acknowledged {} for {} s (retrying)", bootstrapServers, page.url(),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
            }
        }
    }

    /**
     * Hands this producer's Kafka client to {@code binder}, which may only read its metrics
     * (Micrometer's client binder), and returns what it returns.
     */
    public <T> T bindClient(java.util.function.Function<org.apache.kafka.clients.producer.Producer<?, ?>, T> binder) {
        return binder.apply(producer);
    }

    /** As {@link #awaitAnswers()}: every page sent so far is acknowledged or failed when it returns. */
    public void flush() {
        awaitAnswers();
    }

    @Override
    public void close() {
        producer.close();
    }
}
