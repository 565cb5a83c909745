package dev.verbatim.app.kafka;

import dev.verbatim.model.PageHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

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
        Set<String> urls = new LinkedHashSet<>();
        RawTopicReader.readToEnd(client, "verbatim-backlog-reader", rawTopic, committed(client, cleanerGroup),
                r -> url(r).ifPresent(urls::add));
        return urls;
    }

    private static Optional<String> url(ConsumerRecord<String, byte[]> r) {
        if (r.key() != null && !r.key().isEmpty()) {
            return Optional.of(r.key());
        }
        Header h = r.headers().lastHeader(PageHeaders.URL);
        return h == null || h.value() == null ? Optional.empty()
                : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
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
