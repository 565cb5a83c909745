package dev.verbatim.app.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a consumer group is behind on a topic: per partition, the last committed record (the
 * last stable offset, as the stages read {@code read_committed}) minus the group's committed
 * offset, or minus the partition's start when the group has committed nothing yet, summed. Asks
 * the cluster at each call, through one admin client opened on first use.
 *
 * <p>Thread-safe.
 */
public final class GroupLag implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Kafka client properties, {@code bootstrap.servers} included. */
    private final Map<String, String> client;
    private static final Duration REACHABLE_FOR = Duration.ofSeconds(10);

    private Admin admin;
    private boolean closed;
    private long checkedAtNanos;
    private boolean reachable;

    /** @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()}) */
    public GroupLag(Map<String, String> client) {
        this.client = client;
    }

    /** Records {@code group} has yet to read on {@code topic}; empty when the cluster did not answer in time. */
    public synchronized OptionalLong lag(String group, String topic) {
        if (closed) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(lag(admin(), group, topic, TIMEOUT));
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("no lag for group {} on {}: {}", group, topic, e.getMessage());
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /**
     * Whether the cluster answered a metadata request (within 5 s); the answer is kept for 10 s, so
     * that frequent health probes cost at most one request each 10 s.
     */
    public synchronized boolean reachable() {
        if (closed) {
            return false;
        }
        long now = System.nanoTime();
        if (checkedAtNanos != 0 && now - checkedAtNanos < REACHABLE_FOR.toNanos()) {
            return reachable;
        }
        try {
            admin().describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            reachable = true;
        } catch (ExecutionException | TimeoutException e) {
            reachable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reachable = false;
        }
        checkedAtNanos = System.nanoTime();
        return reachable;
    }

    private Admin admin() {
        if (admin == null) {
            Properties p = new Properties();
            p.put(AdminClientConfig.CLIENT_ID_CONFIG, "verbatim-lag");
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            p.putAll(client);
            admin = Admin.create(p);
        }
        return admin;
    }

    /** The lag of {@code group} on {@code topic}, summed over its partitions. */
    static long lag(Admin admin, String group, String topic, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, Long> start = offsets(admin, topic, OffsetSpec.earliest(), timeout);
        Map<TopicPartition, Long> end = offsets(admin, topic, OffsetSpec.latest(), timeout);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long from = Math.max(start.get(e.getKey()), c == null ? 0 : c.offset());
            lag += Math.max(0, e.getValue() - from);
        }
        return lag;
    }

    /** One offset per partition of {@code topic} (read_committed: the end is the last stable offset). */
    static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        List<TopicPartition> parts = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        parts.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
