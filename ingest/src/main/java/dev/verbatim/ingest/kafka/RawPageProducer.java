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
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Pushes raw pages to the raw topic: key the URL, value the body bytes exactly as fetched, headers
 * {@code content-type}, {@code fetched-at} and {@code url}. Idempotent, acks=all, zstd.
 *
 * <p>Thread-safe, as {@link KafkaProducer} is.
 */
public final class RawPageProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    /**
     * @param client Kafka client properties, {@code bootstrap.servers} included, laid over this producer's
     *               own settings (security, tuning)
     */
    public RawPageProducer(Map<String, String> client, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(config(client), new StringSerializer(), new ByteArraySerializer());
    }

    static Properties config(Map<String, String> client) {
        Properties p = new Properties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "verbatim-ingest");
        p.putAll(client);
        return p;
    }

    /** Sends one page without waiting; {@code onError} hears of a failed send (on the producer's I/O thread). */
    public void send(RawPage page, Consumer<Exception> onError) {
        send(page, Map.of(), onError);
    }

    /** As {@link #send(RawPage, Consumer)}, with the page's original HTTP headers, each as {@code http.<name>}. */
    public void send(RawPage page, Map<String, String> httpHeaders, Consumer<Exception> onError) {
        producer.send(record(page, httpHeaders), (meta, e) -> {
            if (e != null) {
                onError.accept(e);
            }
        });
    }

    /** Sends one page; the future completes when the broker has it. */
    public Future<RecordMetadata> send(RawPage page) {
        return producer.send(record(page, Map.of()));
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

    /** Sends one page and waits for the broker's acknowledgement. */
    public RecordMetadata sendAndWait(RawPage page) throws InterruptedException {
        try {
            return send(page).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not push " + page.url() + " to " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Hands this producer's Kafka client to {@code binder}, which may only read its metrics
     * (Micrometer's client binder), and returns what it returns.
     */
    public <T> T bindClient(java.util.function.Function<org.apache.kafka.clients.producer.Producer<?, ?>, T> binder) {
        return binder.apply(producer);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
