package dev.verbatim.app.kafka;

import dev.verbatim.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster the pipeline runs on: an embedded broker started here, or a given cluster that
 * is checked to be reachable. Creates the three topics when they are missing.
 *
 * <p>Not thread-safe: open and close it from one thread.
 */
public final class Cluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);
    private static final String MAX_MESSAGE_BYTES = String.valueOf(10 * 1024 * 1024);

    private final String bootstrapServers;
    private final Map<String, String> client;
    private final EmbeddedBroker embedded;

    private Cluster(String bootstrapServers, KafkaSettings kafka, EmbeddedBroker embedded) {
        this.bootstrapServers = bootstrapServers;
        this.client = kafka.clientProperties(bootstrapServers);
        this.embedded = embedded;
    }

    /** Starts an embedded broker or checks the configured cluster, then ensures the topics exist. */
    public static Cluster open(KafkaSettings kafka, Topics topics, String rulesTopic) {
        Cluster cluster;
        if (kafka.embedded()) {
            long start = System.nanoTime();
            EmbeddedBroker broker = EmbeddedBroker.start(kafka.dataDir());
            LOG.info("embedded Kafka broker ready at {} in {} ms (data in {})", broker.bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), kafka.dataDir());
            cluster = new Cluster(broker.bootstrapServers(), kafka, broker);
        } else {
            cluster = new Cluster(kafka.bootstrapServers().orElseThrow(), kafka, null);
        }
        try {
            cluster.ensureTopics(topics, rulesTopic, kafka.partitions(), kafka.replicationFactor());
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * The Kafka client properties every client of the pipeline starts from: {@code bootstrap.servers}
     * and the operator's client properties (see {@link KafkaSettings#client()}).
     */
    public Map<String, String> client() {
        return client;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Creates the missing topics; fails with a one-line message when the cluster cannot be reached. */
    void ensureTopics(Topics topics, String rulesTopic, int partitions, short replication) {
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> existing = admin.listTopics().names().get(REACH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<NewTopic> specs = new ArrayList<>(topicSpecs(topics, partitions, replication));
            specs.add(new NewTopic(rulesTopic, 1, replication).configs(ActiveRules.topicConfig()));
            for (NewTopic t : specs) {
                if (!existing.contains(t.name())) {
                    missing.add(t);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(REACH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
        } catch (TimeoutException e) {
            throw unreachable(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(e.getCause());
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.AuthenticationException) {
                throw new IllegalStateException("Kafka at " + bootstrapServers + " refused Verbatim's credentials ("
                        + e.getCause().getMessage() + "); check the security settings of kafka.config.file and kafka.client.*",
                        e.getCause());
            }
            throw new IllegalStateException("Kafka at " + bootstrapServers + " refused to set up topics: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up topics", e);
        }
    }

    private IllegalStateException unreachable(Throwable cause) {
        return new IllegalStateException("cannot reach Kafka at " + bootstrapServers + " (no answer within "
                + REACH_TIMEOUT.toSeconds() + " s)", cause);
    }

    static List<NewTopic> topicSpecs(Topics topics, int partitions, short replication) {
        Map<String, String> compacted = Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES);
        Map<String, String> rejected = Map.of(
                TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES);
        return List.of(
                new NewTopic(topics.raw(), partitions, replication).configs(compacted),
                new NewTopic(topics.transcripts(), partitions, replication).configs(compacted),
                new NewTopic(topics.rejected(), partitions, replication).configs(rejected));
    }

    private Properties adminConfig() {
        Properties p = new Properties();
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT.toMillis());
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "verbatim-admin");
        p.putAll(client);
        return p;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
