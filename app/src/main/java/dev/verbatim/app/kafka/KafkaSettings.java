package dev.verbatim.app.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Where the pipeline's Kafka is, how Verbatim's clients reach it and how Verbatim creates its topics there.
 *
 * @param bootstrapServers  the cluster; empty means an embedded broker
 * @param dataDir           the embedded broker's log directory
 * @param partitions        partitions of topics Verbatim creates
 * @param replicationFactor replication factor of topics Verbatim creates
 * @param sessionTimeoutMs  how long a stage that died without leaving its group keeps its partitions
 * @param outageTimeout     how long a stage keeps retrying while the cluster is unreachable; empty: unlimited
 * @param client            Kafka client properties given by the operator (security, tuning), laid over the
 *                          settings of every producer, consumer, admin client and Streams instance; never
 *                          {@code bootstrap.servers}, nor a setting Verbatim's guarantees rest on
 *                          ({@link #OWN_CLIENT_KEYS})
 */
public record KafkaSettings(Optional<String> bootstrapServers, Path dataDir, int partitions, short replicationFactor,
        int sessionTimeoutMs, Optional<Duration> outageTimeout, Map<String, String> client) {

    /**
     * Client settings Verbatim decides itself, each with the reason: exactly-once, committed reads,
     * reading topics from their start, its own groups and serdes. Setting one is a start-up error.
     */
    public static final Map<String, String> OWN_CLIENT_KEYS = Map.ofEntries(
            Map.entry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "set kafka.bootstrap.servers instead"),
            Map.entry(CommonClientConfigs.GROUP_ID_CONFIG, "set sink.group.id or clean.application.id instead"),
            Map.entry(StreamsConfig.APPLICATION_ID_CONFIG, "set clean.application.id instead"),
            Map.entry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "the cleaner is exactly-once"),
            Map.entry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "the cleaner is exactly-once"),
            Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "producers are idempotent"),
            Map.entry(ProducerConfig.ACKS_CONFIG, "producers wait for all in-sync replicas"),
            Map.entry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "readers see committed records only"),
            Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "the sink commits after storing"),
            Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "new groups read topics from the start"),
            Map.entry(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, "the cleaner reads bytes"),
            Map.entry(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, "the cleaner reads bytes"));

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(outageTimeout, "outageTimeout");
        if (partitions < 1) {
            throw new IllegalArgumentException("kafka.partitions must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("kafka.replication.factor must be >= 1, was " + replicationFactor);
        }
        if (sessionTimeoutMs < 1000) {
            throw new IllegalArgumentException("kafka.session.timeout.ms must be >= 1000, was " + sessionTimeoutMs);
        }
        for (String key : client.keySet()) {
            String reason = OWN_CLIENT_KEYS.get(key);
            if (reason != null) {
                throw new IllegalArgumentException("Kafka client property '" + key + "' is Verbatim's own: " + reason);
            }
        }
        client = Map.copyOf(client);
    }

    /** {@link #outageTimeout()} in milliseconds, {@link Long#MAX_VALUE} when unlimited. */
    public long outageMs() {
        return outageTimeout.map(Duration::toMillis).orElse(Long.MAX_VALUE);
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    /**
     * The properties every client of this pipeline starts from: {@code bootstrapServers} (the cluster's,
     * or the embedded broker's address) and the operator's {@link #client} properties.
     */
    public Map<String, String> clientProperties(String bootstrapServers) {
        Map<String, String> all = new TreeMap<>(client);
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Map.copyOf(all);
    }
}
