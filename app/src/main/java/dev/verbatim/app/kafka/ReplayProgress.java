package dev.verbatim.app.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Watches a replay through the cluster's own bookkeeping: how far the new cleaner's consumer group
 * has committed on the raw topic against the end offsets seen when the replay began, whether the
 * cleaners of other rules have left their groups, and how far the sink's group has committed on
 * the transcripts topic. Also removes the consumer groups of cleaners that ran earlier rules once
 * a replay is done.
 *
 * <p>Not thread-safe; close it when done.
 */
public final class ReplayProgress implements AutoCloseable {

    private static final long TIMEOUT_S = 15;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplayProgress.class);

    private final Admin admin;
    private final Map<TopicPartition, Long> rawStart;
    private final Map<TopicPartition, Long> rawEnd;

    /**
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public ReplayProgress(Map<String, String> client, String rawTopic) {
        this.admin = admin(client);
        this.rawStart = offsets(rawTopic, OffsetSpec.earliest(), IsolationLevel.READ_UNCOMMITTED);
        this.rawEnd = offsets(rawTopic, OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED);
    }

    /** Raw records to replay: between the log start and the end seen at the start of the replay. */
    public long total() {
        return rawEnd.entrySet().stream().mapToLong(e -> e.getValue() - rawStart.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** Raw records the group has committed past, up to the end seen at the start. */
    public long done(String groupId) {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(groupId);
        long done = 0;
        for (Map.Entry<TopicPartition, Long> e : rawEnd.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long at = c == null ? rawStart.getOrDefault(e.getKey(), 0L) : Math.min(c.offset(), e.getValue());
            done += Math.max(0, at - rawStart.getOrDefault(e.getKey(), 0L));
        }
        return done;
    }

    /** The end offsets of {@code topic} now, as a {@code read_committed} consumer sees them. */
    public Map<TopicPartition, Long> committedEnds(String topic) {
        return offsets(topic, OffsetSpec.latest(), IsolationLevel.READ_COMMITTED);
    }

    /** Whether the group has committed on every partition of {@code ends} up to its offset there. */
    public boolean reached(String groupId, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(groupId);
        return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
    }

    /** The groups whose id starts with {@code prefix}, except {@code keep}, that still have members. */
    public List<String> busyOtherGroups(String prefix, String keep) {
        List<String> out = new ArrayList<>();
        for (GroupListing g : get(admin.listGroups().all())) {
            if (g.groupId().startsWith(prefix) && !g.groupId().equals(keep) && !idle(g)) {
                out.add(g.groupId());
            }
        }
        return out;
    }

    private static boolean idle(GroupListing g) {
        return g.groupState().map(s -> s == GroupState.EMPTY || s == GroupState.DEAD).orElse(false);
    }

    /** Deletes the idle consumer groups whose id starts with {@code prefix} except {@code keep}; returns their ids. */
    public List<String> deleteOtherGroups(String prefix, String keep) {
        List<String> consumerGroups = new ArrayList<>();
        List<String> streamsGroups = new ArrayList<>();
        for (GroupListing g : get(admin.listGroups().all())) {
            LOG.debug("group {} type {} state {}", g.groupId(), g.type(), g.groupState());
            if (g.groupId().startsWith(prefix) && !g.groupId().equals(keep) && idle(g)) {
                (g.type().orElse(GroupType.CLASSIC) == GroupType.STREAMS ? streamsGroups : consumerGroups).add(g.groupId());
            }
        }
        if (!consumerGroups.isEmpty()) {
            get(admin.deleteConsumerGroups(consumerGroups).all());
        }
        if (!streamsGroups.isEmpty()) {
            get(admin.deleteStreamsGroups(streamsGroups).all());
        }
        List<String> all = new ArrayList<>(consumerGroups);
        all.addAll(streamsGroups);
        return all;
    }

    private static Admin admin(Map<String, String> client) {
        Properties p = new Properties();
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "verbatim-replay");
        p.putAll(client);
        return Admin.create(p);
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String groupId) {
        Map<TopicPartition, OffsetAndMetadata> m = get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        m.forEach((tp, o) -> {
            if (o != null) {
                out.put(tp, o);
            }
        });
        return out;
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec, IsolationLevel isolation) {
        var desc = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        desc.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        get(admin.listOffsets(request, new ListOffsetsOptions(isolation)).all()).forEach((tp, r) -> out.put(tp, r.offset()));
        return out;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> f) {
        try {
            return f.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a replay query: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer a replay query within " + TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
