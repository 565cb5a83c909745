package dev.verbatim.app.kafka;

import dev.verbatim.model.Topics;
import java.nio.file.Path;
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
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster the pipeline runs on: an embedded broker started here, or a given cluster that
 * is checked to be reachable. Creates the topics when they are missing and checks those that
 * exist. An embedded broker's data directory is locked for this process while it runs.
 *
 * <p>Not thread-safe: open and close it from one thread.
 */
public final class Cluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);
    /** The largest record of the topics Verbatim creates (pages up to 8 MiB plus headers). */
    static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private final String bootstrapServers;
    private final Map<String, String> client;
    private final EmbeddedBroker embedded;
    private final DataDirLock lock;
    private TopicCheck.Limits limits = TopicCheck.Limits.CREATED;

    private Cluster(String bootstrapServers, KafkaSettings kafka, EmbeddedBroker embedded, DataDirLock lock) {
        this.bootstrapServers = bootstrapServers;
        this.client = kafka.clientProperties(bootstrapServers);
        this.embedded = embedded;
        this.lock = lock;
    }

    /** Starts an embedded broker or checks the configured cluster, then ensures the topics exist. */
    public static Cluster open(KafkaSettings kafka, Topics topics, String rulesTopic) {
        Cluster cluster = kafka.embedded() ? startEmbedded(kafka)
                : new Cluster(kafka.bootstrapServers().orElseThrow(), kafka, null, null);
        try {
            cluster.ensureTopics(topics, rulesTopic, kafka.partitions(), kafka.replicationFactor());
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Locks the data directory first (a second process stops here, before touching it), then starts the broker. */
    private static Cluster startEmbedded(KafkaSettings kafka) {
        Path dataDir = kafka.dataDir();
        DataDirLock lock = DataDirLock.take(dataDir);
        try {
            long start = System.nanoTime();
            EmbeddedBroker broker = EmbeddedBroker.start(dataDir);
            LOG.info("embedded Kafka broker ready at {} in {} ms (data in {})", broker.bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), dataDir);
            return new Cluster(broker.bootstrapServers(), kafka, broker, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The largest transcript record (key, value and headers, uncompressed) the transcripts topic and
     * the cleaner's producer both accept; a larger transcript becomes a {@code sink/too-large} rejection.
     */
    public int transcriptRecordLimit() {
        return limits.transcripts();
    }

    /** The largest rejected-page record the rejected topic and the cleaner's producer both accept. */
    public int rejectedRecordLimit() {
        return limits.rejected();
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

    /**
     * Creates the missing topics, idempotently: a topic another process created meanwhile
     * ({@code TopicExistsException}) counts as there. Then waits until every topic serves and checks
     * the existing ones (one WARN line per topic whose settings break a promise). Fails with a
     * one-line message when the cluster cannot be reached.
     */
    void ensureTopics(Topics topics, String rulesTopic, int partitions, short replication) {
        List<NewTopic> specs = new ArrayList<>(topicSpecs(topics, partitions, replication));
        specs.add(new NewTopic(rulesTopic, 1, replication).configs(ActiveRules.topicConfig()));
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> existing = admin.listTopics().names().get(REACH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = specs.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                create(admin, missing);
            }
            TopicCheck check = TopicCheck.of(admin, bootstrapServers, specs, REACH_TIMEOUT);
            check.warnings(topics, partitions).forEach(w -> LOG.warn("{}", w));
            limits = check.limits(topics);
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

    /** Creates topics; one that exists already (another stage starting at the same time made it) is fine. */
    private static void create(Admin admin, List<NewTopic> missing)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> e : admin.createTopics(missing).values().entrySet()) {
            try {
                e.getValue().get(REACH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                created.add(e.getKey());
            } catch (ExecutionException ex) {
                if (!(ex.getCause() instanceof TopicExistsException)) {
                    throw ex;
                }
                LOG.debug("topic {} was created by another process meanwhile", e.getKey());
            }
        }
        if (!created.isEmpty()) {
            LOG.info("created topics {}", created);
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
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
        Map<String, String> rejected = Map.of(
                TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
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
        try {
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
