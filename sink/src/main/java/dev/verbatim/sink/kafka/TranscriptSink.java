package dev.verbatim.sink.kafka;

import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.sink.ActiveRulesSource;
import dev.verbatim.sink.RulesGate;
import dev.verbatim.sink.TranscriptStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the transcripts topic ({@code read_committed}) and writes each transcript to a store.
 * Offsets are committed only after the store has made a whole batch durable, so a crash means
 * re-delivery, and re-delivery overwrites the same transcripts. A tombstone (null value) deletes the
 * transcript. A record that is not a transcript is logged and skipped, never retried forever. When
 * the store fails (its database is down, its disk full), the batch is not committed: the sink goes
 * back to the batch's first offsets, waits (0.5 s, doubling up to 30 s) and delivers it again, until
 * the store takes it; the listener hears of a transcript only once its batch is durable. While the
 * cluster is unreachable the sink retries (logging once a minute) for as long as it is allowed to,
 * then stops with a one-line message.
 *
 * <p>The sink follows the active rules while it runs ({@link RulesGate}): it stores the records of
 * the active activation, skips those of older ones, and on a record of a newer activation learns
 * it from the cluster before going on, so it never commits past a record of the active or a newer
 * activation that it has not stored. It also learns the newest activation whenever it is given
 * partitions, so a partition taken over from another sink is never judged by older rules than
 * that sink used. Each switch is logged at INFO.
 *
 * <p>Run it on one thread; {@link #close()} may be called from any thread.
 */
public final class TranscriptSink implements Runnable, AutoCloseable {

    /** Told about every transcript made durable, and every removal. Called on the sink thread. */
    @FunctionalInterface
    public interface Listener {
        void stored(Transcript transcript);

        /** A tombstone removed the transcript with this id (its page is now rejected). */
        default void deleted(String id) {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(TranscriptSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** Back-off after the store failed a batch: doubles from the first delay up to the cap. */
    private static final long FIRST_RETRY_MS = 500;
    private static final long MAX_RETRY_MS = 30_000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final TranscriptStore store;
    private final ActiveRulesSource rules;
    private final Listener listener;
    /** The activation this sink stores; only the sink thread changes it. */
    private volatile RulesActivation active;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LongAdder stored = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder skippedOtherRules = new LongAdder();
    private final LongAdder storeFailures = new LongAdder();
    /** Wakes a back-off early when the sink is closed. */
    private final Object pause = new Object();
    /** The wait before the batch is delivered again after the store failed; 0 after a success. */
    private volatile long retryDelayMs;
    private final Outage outage;
    /** Records stored but not committed (a commit failed while the cluster was away); sink thread only. */
    private boolean commitPending;

    /**
     * @param client Kafka client properties, {@code bootstrap.servers} included, laid over the consumer's
     *               own settings (security, tuning)
     * @param sessionTimeoutMs how long this sink keeps its partitions when it dies without leaving
     * @param rules where the active rules come from: records made under older rules (a late record
     *              from before a replay, or another cleaner still running old rules) are skipped,
     *              so they never overwrite a transcript of newer rules
     */
    public TranscriptSink(Map<String, String> client, String groupId, int sessionTimeoutMs, String topic,
            TranscriptStore store, ActiveRulesSource rules, Listener listener) {
        this(client, groupId, sessionTimeoutMs, topic, store, rules, listener, Long.MAX_VALUE);
    }

    /**
     * As the other constructor, giving up only after the cluster has been unreachable for {@code outageMs}
     * ({@link Long#MAX_VALUE}: never).
     */
    public TranscriptSink(Map<String, String> client, String groupId, int sessionTimeoutMs, String topic,
            TranscriptStore store, ActiveRulesSource rules, Listener listener, long outageMs) {
        this.outage = new Outage("sink", client.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG), outageMs);
        this.consumer = new KafkaConsumer<>(config(client, groupId, sessionTimeoutMs), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.topic = topic;
        this.store = store;
        this.rules = rules;
        this.active = rules.current();
        this.listener = listener;
    }

    static Properties config(Map<String, String> client, String groupId, int sessionTimeoutMs) {
        Properties p = new Properties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-consumer");
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, sessionTimeoutMs);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, sessionTimeoutMs / 3);
        p.putAll(client);
        return p;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    follow(rules.refresh());
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // Nothing is pending: each batch is stored and committed before the next poll.
                }
            });
            LOG.info("sink stores rules {}", active);
            while (!closed.get()) {
                long began = System.nanoTime();
                try {
                    if (pollStoreCommit()) {
                        outage.answered();
                    }
                } catch (RuntimeException e) {
                    if (e instanceof WakeupException || !Outage.isTransient(e)) {
                        throw e;
                    }
                    // Stored and durable, not committed: the commit is retried, or a redelivery rewrites them.
                    commitPending = true;
                    outage.failed(e, began);
                }
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        }
    }

    /**
     * Polls once; stores, makes durable and commits what came (and what an earlier failed commit
     * left); on a store failure goes back to the batch and waits.
     *
     * @return whether it committed (the cluster answered)
     */
    private boolean pollStoreCommit() {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        follow(rules.current());
        if (records.isEmpty() && !commitPending) {
            return false;
        }
        if (records.isEmpty() || storeBatch(records)) {
            consumer.commitSync();
            commitPending = false;
            return true;
        }
        rewind(records);
        backOff();
        return false;
    }

    /** Moves to {@code latest} when it is newer than the activation stored so far. */
    private void follow(RulesActivation latest) {
        RulesActivation before = active;
        if (latest.newerThan(before)) {
            active = latest;
            LOG.info("sink switches from rules {} to {}: it stores the new rules' transcripts from now on", before, latest);
        }
    }

    /**
     * Hands this sink's Kafka client to {@code binder}, which may only read its metrics (Micrometer's
     * client binder), and returns what it returns.
     */
    public <T> T bindClient(java.util.function.Function<org.apache.kafka.clients.consumer.Consumer<?, ?>, T> binder) {
        return binder.apply(consumer);
    }

    /** The activation this sink stores now. */
    public RulesActivation active() {
        return active;
    }

    private RulesGate.Decision decide(ConsumerRecord<String, byte[]> r) {
        Optional<Long> epoch = header(r, PageHeaders.RULES_EPOCH).map(TranscriptSink::epoch);
        Optional<String> version = header(r, PageHeaders.RULES_VERSION);
        RulesGate.Decision d = RulesGate.decide(epoch, version, active);
        if (d == RulesGate.Decision.NEWER_RULES) {
            follow(rules.refresh());
            d = RulesGate.decide(epoch, version, active);
            if (d == RulesGate.Decision.NEWER_RULES) {
                // Never skip it and never commit past it: stop, and let a restart deliver it again.
                throw new IllegalStateException(String.format(Locale.ROOT, "transcript %s at %s-%d@%d was made under rules "
                        + "epoch %d, newer than any activation in the cluster's rules topic (newest: %s); was the rules "
                        + "topic recreated?", r.key(), r.topic(), r.partition(), r.offset(), epoch.orElseThrow(), active));
            }
        }
        return d;
    }

    private static long epoch(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + PageHeaders.RULES_EPOCH + " header '" + s + "'", e);
        }
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    /**
     * Writes the batch to the store and makes it durable; then counts it and tells the listener.
     * False when the store failed (a database down, a full disk): nothing of the batch is counted.
     */
    private boolean storeBatch(ConsumerRecords<String, byte[]> records) {
        List<Runnable> done = new ArrayList<>();
        try {
            for (ConsumerRecord<String, byte[]> r : records) {
                write(r, done);
            }
            store.sync();
        } catch (IOException e) {
            storeFailures.increment();
            retryDelayMs = retryDelayMs == 0 ? FIRST_RETRY_MS : Math.min(2 * retryDelayMs, MAX_RETRY_MS);
            LOG.warn("cannot store a batch of {} transcripts, retrying in {} ms (offsets not committed): {}",
                    records.count(), retryDelayMs, e.getMessage());
            return false;
        }
        retryDelayMs = 0; // the store takes batches again: healthy before the batch is counted
        done.forEach(Runnable::run);
        return true;
    }

    private void write(ConsumerRecord<String, byte[]> r, List<Runnable> done) throws IOException {
        try {
            if (decide(r) == RulesGate.Decision.SKIP) {
                done.add(skippedOtherRules::increment);
                LOG.debug("skipped {} made under rules older than {}", r.key(), active);
                return;
            }
            if (r.value() == null) {
                store.delete(r.key());
                done.add(() -> listener.deleted(r.key()));
                return;
            }
            Transcript t = TranscriptJson.fromBytes(r.value());
            // Only records of the active activation reach here (RulesGate), so its epoch is theirs.
            store.put(t, active.epoch());
            done.add(() -> {
                stored.increment();
                LOG.debug("stored transcript {} ({})", t.id(), t.url());
                listener.stored(t);
            });
        } catch (IllegalArgumentException e) {
            done.add(malformed::increment);
            LOG.warn("skipped a record at {}-{}@{} that is not a transcript: {}", r.topic(), r.partition(), r.offset(),
                    e.getMessage());
        }
    }

    /** Goes back to the first record of the batch on each partition: the next poll delivers it again. */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            consumer.seek(tp, records.records(tp).get(0).offset());
        }
    }

    /** Waits the current retry delay, or until {@link #close()}. */
    private void backOff() {
        synchronized (pause) {
            try {
                if (!closed.get()) {
                    pause.wait(retryDelayMs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }
    }

    public long stored() {
        return stored.sum();
    }

    public long malformed() {
        return malformed.sum();
    }

    /** Records skipped because they were made under rules older than the active ones (or by another build). */
    public long skippedOtherRules() {
        return skippedOtherRules.sum();
    }

    /** Whether the last batch failed to store and waits to be delivered again (the health check asks). */
    public boolean storeFailing() {
        return retryDelayMs > 0;
    }

    /** Batches the store failed to write so far; each was delivered again after a back-off. */
    public long storeFailures() {
        return storeFailures.sum();
    }

    @Override
    public void close() {
        closed.set(true);
        synchronized (pause) {
            pause.notifyAll();
        }
        consumer.wakeup();
    }

}
