package dev.verbatim.clean.kafka;

import dev.verbatim.clean.PageCleaner;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.model.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * Builds and configures the cleaning {@link KafkaStreams} application: exactly-once v2, byte
 * serdes, a short commit interval so transcripts appear promptly.
 */
public final class CleanStreams {

    private CleanStreams() {
    }

    /**
     * The topology, as {@code main} and tests share it.
     *
     * @param epoch the epoch of the activation of {@code cleaner}'s rules (see {@link RulesActivation})
     */
    public static Topology topology(Topics topics, PageCleaner cleaner, long epoch, RejectionCounts counts) {
        return topology(topics, cleaner, epoch, counts, RecordLimits.NONE);
    }

    /**
     * As {@link #topology(Topics, PageCleaner, long, RejectionCounts)}, keeping every record within
     * {@code limits} (see {@link RecordLimits}).
     */
    public static Topology topology(Topics topics, PageCleaner cleaner, long epoch, RejectionCounts counts,
            RecordLimits limits) {
        StreamsBuilder builder = new StreamsBuilder();
        CleanTopology.build(builder, topics, cleaner::clean, new RulesActivation(epoch, cleaner.rulesVersion()), counts,
                limits);
        return builder.build();
    }

    /**
     * Streams properties.
     *
     * @param client        Kafka client properties, {@code bootstrap.servers} included, laid over these
     *                      settings (security, tuning); Streams hands them to its own clients
     * @param applicationId the Streams application id (also the consumer group)
     * @param stateDir      local state directory; the topology is stateless but Streams wants one
     * @param threads       stream threads; one per core is the useful maximum
     * @param commitIntervalMs how often a transaction commits: output becomes visible then
     */
    public static Properties properties(Map<String, String> client, String applicationId, Path stateDir, int threads,
            int commitIntervalMs) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 10 * 1024 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 10 * 1024 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.putAll(client);
        return p;
    }

    public static KafkaStreams create(Topology topology, Properties properties) {
        return new KafkaStreams(topology, properties);
    }
}
