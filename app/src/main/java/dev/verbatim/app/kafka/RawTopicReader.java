package dev.verbatim.app.kafka;

import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the latest raw page of every URL on the raw topic, from the beginning to the end offsets
 * seen when it starts, without a consumer group and without committing anything (for
 * {@code rules diff}).
 */
public final class RawTopicReader {

    private RawTopicReader() {
    }

    /**
     * The latest page per URL, in first-seen order.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public static List<RawPage> latestPages(Map<String, String> client, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-raw-reader");
        p.putAll(client);
        Map<String, RawPage> latest = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            c.seekToBeginning(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && r.value() != null) {
                        latest.put(r.key(), page(r));
                    }
                }
            }
        }
        return new ArrayList<>(latest.values());
    }

    private static RawPage page(ConsumerRecord<String, byte[]> r) {
        String contentType = header(r, PageHeaders.CONTENT_TYPE);
        Instant fetchedAt;
        try {
            fetchedAt = Instant.parse(header(r, PageHeaders.FETCHED_AT));
        } catch (DateTimeParseException e) {
            fetchedAt = Instant.ofEpochMilli(Math.max(0, r.timestamp()));
        }
        return new RawPage(r.key(), contentType, fetchedAt, r.value());
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
