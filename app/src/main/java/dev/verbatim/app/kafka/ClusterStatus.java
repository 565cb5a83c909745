package dev.verbatim.app.kafka;

import dev.verbatim.model.PageHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What an operator asks of a running pipeline, read from the cluster alone: each stage's consumer
 * group (state, members, lag), the records on each topic, and the latest rejects by reason.
 *
 * <p>Stateless; each call opens and closes its own clients.
 */
public final class ClusterStatus {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** A consumer group of a stage, and how far behind it is on the topic it reads. */
    public record Group(String id, String topic, String state, int members, long lag) {
    }

    /** Records on a topic: end minus start offsets over its partitions (transaction markers take offsets too). */
    public record TopicCount(String topic, long records, int partitions) {
    }

    /** Rejects of one {@code stage/reason} among the latest read, with the newest of them. */
    public record Rejects(String reason, int count, Instant latestAt, String latestUrl, String latestDetail) {
    }

    private ClusterStatus() {
    }

    /**
     * The consumer groups whose id {@code stageOf} maps to the topic they read (groups it maps to
     * empty are not Verbatim's), sorted by id.
     */
    public static List<Group> groups(Map<String, String> client, java.util.function.Function<String, Optional<String>> topicOf)
            throws ExecutionException, TimeoutException, InterruptedException {
        try (Admin admin = admin(client)) {
            List<String> ids = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS).stream().map(GroupListing::groupId).filter(id -> topicOf.apply(id).isPresent())
                    .sorted().toList();
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(ids).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<Group> out = new ArrayList<>();
            for (String id : ids) {
                String topic = topicOf.apply(id).orElseThrow();
                ConsumerGroupDescription d = described.get(id);
                out.add(new Group(id, topic, d.groupState().toString(), d.members().size(),
                        GroupLag.lag(admin, id, topic, TIMEOUT)));
            }
            return out;
        }
    }

    /**
     * Fails with one line naming the cluster when it does not answer within 15 s.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public static void requireReachable(Map<String, String> client) {
        String bootstrapServers = client.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin admin = admin(client)) {
            admin.describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + " (no answer within "
                    + TIMEOUT.toSeconds() + " s)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching Kafka at " + bootstrapServers, e);
        }
    }

    /** Records on each of {@code topics} that exists, in the order given. */
    public static List<TopicCount> counts(Map<String, String> client, Collection<String> topics)
            throws ExecutionException, TimeoutException, InterruptedException {
        try (Admin admin = admin(client)) {
            var existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<TopicCount> out = new ArrayList<>();
            for (String t : topics) {
                if (existing.contains(t)) {
                    Map<TopicPartition, Long> start = GroupLag.offsets(admin, t, OffsetSpec.earliest(), TIMEOUT);
                    Map<TopicPartition, Long> end = GroupLag.offsets(admin, t, OffsetSpec.latest(), TIMEOUT);
                    long n = end.entrySet().stream().mapToLong(e -> e.getValue() - start.get(e.getKey())).sum();
                    out.add(new TopicCount(t, n, end.size()));
                }
            }
            return out;
        }
    }

    /**
     * The latest rejects: up to {@code perPartition} records from the end of each partition of the
     * rejected topic, by {@code stage/reason}, most frequent first.
     */
    public static List<Rejects> latestRejects(Map<String, String> client, String topic, int perPartition) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byReason = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(readerConfig(client), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, TIMEOUT).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> begin = c.beginningOffsets(parts, TIMEOUT);
            Map<TopicPartition, Long> end = c.endOffsets(parts, TIMEOUT);
            parts.forEach(tp -> c.seek(tp, Math.max(begin.get(tp), end.get(tp) - perPartition)));
            Predicate<TopicPartition> behind = tp -> c.position(tp, TIMEOUT) < end.get(tp);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (parts.stream().anyMatch(behind) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    byReason.computeIfAbsent(header(r, PageHeaders.ERROR_STAGE) + "/" + header(r, PageHeaders.ERROR_REASON),
                            k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Rejects> out = new ArrayList<>();
        byReason.forEach((reason, records) -> {
            ConsumerRecord<String, byte[]> newest = records.stream()
                    .max(Comparator.comparingLong(ConsumerRecord::timestamp)).orElseThrow();
            out.add(new Rejects(reason, records.size(), Instant.ofEpochMilli(newest.timestamp()),
                    newest.key() == null ? "?" : newest.key(), header(newest, PageHeaders.ERROR_DETAIL)));
        });
        out.sort(Comparator.comparingInt(Rejects::count).reversed().thenComparing(Rejects::reason));
        return out;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Properties readerConfig(Map<String, String> client) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-status");
        p.putAll(client);
        return p;
    }

    private static Admin admin(Map<String, String> client) {
        Properties p = new Properties();
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "verbatim-status");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        p.putAll(client);
        return Admin.create(p);
    }
}
