package dev.verbatim.app.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the pipeline's Kafka is and how Verbatim creates its topics there.
 *
 * @param bootstrapServers  the cluster; empty means an embedded broker
 * @param dataDir           the embedded broker's log directory
 * @param partitions        partitions of topics Verbatim creates
 * @param replicationFactor replication factor of topics Verbatim creates
 * @param sessionTimeoutMs  how long a stage that died without leaving its group keeps its partitions
 * @param outageTimeout     how long a stage keeps retrying while the cluster is unreachable; empty: unlimited
 */
public record KafkaSettings(Optional<String> bootstrapServers, Path dataDir, int partitions, short replicationFactor,
        int sessionTimeoutMs, Optional<Duration> outageTimeout) {
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
    }

    /** {@link #outageTimeout()} in milliseconds, {@link Long#MAX_VALUE} when unlimited. */
    public long outageMs() {
        return outageTimeout.map(Duration::toMillis).orElse(Long.MAX_VALUE);
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }
}
