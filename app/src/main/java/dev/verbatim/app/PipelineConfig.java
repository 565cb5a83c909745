package dev.verbatim.app;

import dev.verbatim.clean.CleanSettings;
import dev.verbatim.model.Topics;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one typed configuration tree. Defaults, with a comment on each, live in
 * {@code reference.properties}; {@link ConfigLoader} layers overrides on top.
 */
public record PipelineConfig(KafkaSettings kafka, Topics topics, CleanStage clean, SinkSettings sink) {

    public PipelineConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(sink, "sink");
    }

    /** The embedded / docker-compose defaults. */
    public static PipelineConfig defaults() {
        return ConfigLoader.defaults();
    }

    /**
     * @param bootstrapServers  the cluster; empty means an embedded broker
     * @param dataDir           the embedded broker's log directory
     * @param partitions        partitions of topics Verbatim creates
     * @param replicationFactor replication factor of topics Verbatim creates
     */
    public record KafkaSettings(Optional<String> bootstrapServers, Path dataDir, int partitions, short replicationFactor) {
        public KafkaSettings {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            Objects.requireNonNull(dataDir, "dataDir");
            if (partitions < 1) {
                throw new IllegalArgumentException("kafka.partitions must be >= 1, was " + partitions);
            }
            if (replicationFactor < 1) {
                throw new IllegalArgumentException("kafka.replication.factor must be >= 1, was " + replicationFactor);
            }
        }

        public boolean embedded() {
            return bootstrapServers.isEmpty();
        }
    }

    /** The cleaner's Streams settings and the core's settings. */
    public record CleanStage(String applicationId, int threads, CleanSettings settings) {
        public CleanStage {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(settings, "settings");
            if (threads < 1) {
                throw new IllegalArgumentException("clean.threads must be >= 1, was " + threads);
            }
        }
    }

    public record SinkSettings(String groupId, Path outDir) {
        public SinkSettings {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(outDir, "outDir");
        }
    }
}
