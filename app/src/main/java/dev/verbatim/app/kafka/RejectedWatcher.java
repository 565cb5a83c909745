package dev.verbatim.app.kafka;

import dev.verbatim.model.PageHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the rejected-pages topic from its current end, without a consumer group, and reports
 * each rejected page (URL and {@code stage/reason}) so that {@code --once} runs know when every
 * page is accounted for.
 *
 * <p>Construct and {@link #run()} on one thread; {@link #close()} from any.
 */
public final class RejectedWatcher implements Runnable, AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final BiConsumer<String, String> onRejected;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Positions itself at the topic's current end at construction, before any page is pushed.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public RejectedWatcher(Map<String, String> client, String topic, BiConsumer<String, String> onRejected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-rejected-watcher");
        p.putAll(client);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.onRejected = onRejected;
        List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(parts);
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts);
        ends.forEach(consumer::seek);
    }

    @Override
    public void run() {
        try {
            while (!closed.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    onRejected.accept(r.key() == null ? "" : r.key(), reason(r));
                }
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    private static String reason(ConsumerRecord<String, byte[]> r) {
        return header(r, PageHeaders.ERROR_STAGE) + "/" + header(r, PageHeaders.ERROR_REASON) + ": "
                + header(r, PageHeaders.ERROR_DETAIL);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed.set(true);
        consumer.wakeup();
    }
}
