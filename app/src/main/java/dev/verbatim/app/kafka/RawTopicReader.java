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
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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
        Map<String, RawPage> latest = new LinkedHashMap<>();
        readToEnd(client, "verbatim-raw-reader", topic, Map.of(), r -> {
            if (r.key() != null && r.value() != null) {
                latest.put(r.key(), page(r));
            }
        });
        return new ArrayList<>(latest.values());
    }

    /**
     * Hands {@code each} the committed records of {@code topic} from the offsets in {@code from} (a
     * partition's start where it has none) up to the end the topic had when the read began.
     */
    static void readToEnd(Map<String, String> client, String clientId, String topic,
            Map<TopicPartition, OffsetAndMetadata> from, Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.putAll(client);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            c.seekToBeginning(parts);
            from.forEach((tp, o) -> {
                if (parts.contains(tp)) {
                    c.seek(tp, o.offset());
                }
            });
            while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        each.accept(r);
                    }
                }
            }
        }
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
