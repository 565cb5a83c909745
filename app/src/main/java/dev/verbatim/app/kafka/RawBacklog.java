package dev.verbatim.app.kafka;

import dev.verbatim.model.PageHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The pages waiting in the raw topic for a cleaner: the URLs of the records past the cleaner
 * group's committed offsets, up to the end offsets seen now. A {@code run --once} without files
 * finishes them (pushed by an earlier run that was stopped, or by {@code ingest} meanwhile).
 * Reads without a group and commits nothing.
 */
public final class RawBacklog {

    private static final long TIMEOUT_S = 15;

    private RawBacklog() {
    }

    /**
     * The URLs of the raw records the group {@code cleanerGroup} has not committed past, in offset order.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public static Set<String> urls(Map<String, String> client, String rawTopic, String cleanerGroup) {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(client, cleanerGroup);
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-backlog-reader");
        p.putAll(client);
        Set<String> urls = new LinkedHashSet<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(rawTopic).stream()
                    .map(i -> new TopicPartition(rawTopic, i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            c.seekToBeginning(parts);
            committed.forEach((tp, o) -> {
                if (parts.contains(tp)) {
                    c.seek(tp, o.offset());
                }
            });
            while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        url(r).ifPresent(urls::add);
                    }
                }
            }
        }
        return urls;
    }

    private static java.util.Optional<String> url(ConsumerRecord<String, byte[]> r) {
        if (r.key() != null && !r.key().isEmpty()) {
            return java.util.Optional.of(r.key());
        }
        Header h = r.headers().lastHeader(PageHeaders.URL);
        return h == null || h.value() == null ? java.util.Optional.empty()
                : java.util.Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Map<String, String> client, String group) {
        String bootstrapServers = client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin admin = Admin.create(new java.util.HashMap<String, Object>(client))) {
            Map<TopicPartition, OffsetAndMetadata> m = new java.util.HashMap<>(admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_S, TimeUnit.SECONDS));
            m.values().removeIf(java.util.Objects::isNull);
            return m;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the cleaner's offsets from Kafka at " + bootstrapServers + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
