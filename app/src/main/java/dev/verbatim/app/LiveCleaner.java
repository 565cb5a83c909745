package dev.verbatim.app;

import dev.verbatim.app.kafka.ActiveRules;
import dev.verbatim.app.metrics.StageMetrics;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.clean.kafka.CleanStreams;
import dev.verbatim.clean.kafka.RecordLimits;
import dev.verbatim.clean.kafka.RejectionCounts;
import dev.verbatim.model.RulesActivation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cleaner of one process, following the active rules. Each activation has its own Streams
 * application, {@code clean.application.id-<rules version>-<epoch>}: a new consumer group without
 * offsets, which reads the raw topic from the start. When the rules change the cleaner starts
 * nothing else until it has stopped the old rules' application (leaving its group, so that a
 * replay sees it gone), then starts the new one; every cleaner process does the same, so they all
 * meet in the new group.
 *
 * <p>Thread-safe: the follower thread switches it while the launcher may close it.
 */
final class LiveCleaner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCleaner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final PipelineConfig config;
    /** Kafka client properties, {@code bootstrap.servers} included. */
    private final Map<String, String> client;
    private final RejectionCounts counts;
    private final StageMetrics metrics;
    private final Consumer<String> failure;
    private final RecordLimits limits;
    /** The Streams metrics of the running application, bound while it runs. */
    private AutoCloseable streamsMetrics;
    /** Volatile: the state listener reads it on a stream thread without the lock (close holds it). */
    private volatile KafkaStreams streams;
    private ActiveRules.Published running;
    private boolean closed;

    /** @param limits the largest records the transcripts and rejected topics take */
    LiveCleaner(PipelineConfig config, Map<String, String> client, RejectionCounts counts, StageMetrics metrics,
            Consumer<String> failure, RecordLimits limits) {
        this.limits = limits;
        this.config = config;
        this.client = client;
        this.counts = counts;
        this.metrics = metrics;
        this.failure = failure;
    }

    /** The Streams application id (and consumer group) of the cleaner of one activation. */
    static String applicationId(String prefix, RulesActivation rules) {
        return prefix + "-" + rules.rulesVersion() + "-" + rules.epoch();
    }

    /** The activation this cleaner runs, if it runs. */
    synchronized Optional<RulesActivation> running() {
        return Optional.ofNullable(running).map(ActiveRules.Published::activation);
    }

    /** The state of the running Streams application ({@code RUNNING}, {@code REBALANCING}, ...), or {@code SWITCHING}. */
    String state() {
        KafkaStreams s = streams;
        return s == null ? "SWITCHING" : s.state().name();
    }

    /** Whether a cleaner in {@code state} works: running, rebalancing, starting, or between two rules' applications. */
    static boolean healthy(String state) {
        return switch (state) {
            case "RUNNING", "REBALANCING", "CREATED", "SWITCHING" -> true;
            default -> false;
        };
    }

    /** Starts the application of {@code rules}, first stopping the one of older rules; ignores older rules. */
    synchronized void follow(ActiveRules.Published rules) {
        if (closed || (running != null && !rules.activation().newerThan(running.activation()))) {
            return;
        }
        long start = System.nanoTime();
        // Built before the old application stops (the dictionaries load here): the gap stays short.
        PageCleaner cleaner = new PageCleaner(RulesFile.parse(rules.yaml(), "the active rules"));
        if (streams != null) {
            LOG.info("cleaner switches from rules {} to {}: stopping {}", running.activation(), rules.activation(),
                    applicationId(config.clean().applicationId(), running.activation()));
            stop(CLOSE_TIMEOUT);
        }
        if (!cleaner.rulesVersion().equals(rules.activation().rulesVersion())) {
            LOG.warn("this build of the cleaner gives the active rules version {}, the cluster activated {} (published by "
                    + "another build of Verbatim); the sink will not store this cleaner's output", cleaner.rulesVersion(),
                    rules.activation().rulesVersion());
        }
        String id = applicationId(config.clean().applicationId(), rules.activation());
        Path stateDir = config.kafka().dataDir().resolveSibling("streams-state");
        Properties props = CleanStreams.properties(client, id, stateDir, config.clean().threads(),
                config.clean().commitIntervalMs());
        int session = config.kafka().sessionTimeoutMs();
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), session);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), session / 3);
        props.put(StreamsConfig.TASK_TIMEOUT_MS_CONFIG, config.kafka().outageMs());
        streams = CleanStreams.create(CleanStreams.topology(config.topics(), cleaner, rules.activation().epoch(), counts,
                limits),
                props);
        KafkaStreams mine = streams;
        StreamsOutage outage = new StreamsOutage(client.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG), config.kafka().outageMs());
        streams.setUncaughtExceptionHandler(outage::handle);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                outage.answered();
            }
            if (now == KafkaStreams.State.ERROR && mine == streams) {
                failure.accept("the cleaner stopped with an error (see the log above)");
            }
        });
        streams.start();
        streamsMetrics = metrics.bind(streams);
        running = rules;
        LOG.info("cleaner runs rules {} (application id {}), started in {} ms", rules.activation(), id,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** Leaves the group on close (Streams does not by default), so a replay sees this cleaner gone at once. */
    private void stop(Duration timeout) {
        try {
            streamsMetrics.close();
        } catch (Exception e) {
            LOG.debug("unbinding the cleaner's metrics failed: {}", e.getMessage());
        }
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(timeout));
        streams = null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (streams != null) {
            stop(CLOSE_TIMEOUT);
        }
    }
}
