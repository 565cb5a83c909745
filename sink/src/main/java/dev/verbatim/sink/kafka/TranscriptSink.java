package dev.verbatim.sink.kafka;

import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import dev.verbatim.sink.TranscriptStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the transcripts topic ({@code read_committed}) and writes each transcript to a store.
 * Offsets are committed only after the store has made a whole batch durable, so a crash means
 * re-delivery, and re-delivery overwrites the same files. A tombstone (null value) deletes the
 * transcript. A record that is not a transcript is logged and skipped, never retried forever.
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

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final TranscriptStore store;
    private final String rulesVersion;
    private final Listener listener;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LongAdder stored = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder skippedOtherRules = new LongAdder();

    /**
     * @param rulesVersion the active rules version: records made under other rules (a late record
     *                     from before a replay, or another cleaner still running old rules) are
     *                     skipped, so they never overwrite a transcript of the active rules
     */
    public TranscriptSink(String bootstrapServers, String groupId, String topic, TranscriptStore store,
            String rulesVersion, Listener listener) {
        this.consumer = new KafkaConsumer<>(config(bootstrapServers, groupId), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.topic = topic;
        this.store = store;
        this.rulesVersion = rulesVersion;
        this.listener = listener;
    }

    static Properties config(String bootstrapServers, String groupId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-consumer");
        return p;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (!closed.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (records.isEmpty()) {
                    continue;
                }
                for (ConsumerRecord<String, byte[]> r : records) {
                    write(r);
                }
                sync();
                consumer.commitSync();
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    private void write(ConsumerRecord<String, byte[]> r) {
        Header made = r.headers().lastHeader(PageHeaders.RULES_VERSION);
        if (made != null && !rulesVersion.equals(new String(made.value(), StandardCharsets.UTF_8))) {
            skippedOtherRules.increment();
            LOG.debug("skipped {} made under other rules", r.key());
            return;
        }
        try {
            if (r.value() == null) {
                store.delete(r.key());
                listener.deleted(r.key());
                return;
            }
            Transcript t = TranscriptJson.fromBytes(r.value());
            store.put(t);
            stored.increment();
            LOG.debug("stored transcript {} ({})", t.id(), t.url());
            listener.stored(t);
        } catch (IllegalArgumentException e) {
            malformed.increment();
            LOG.warn("skipped a record at {}-{}@{} that is not a transcript: {}", r.topic(), r.partition(), r.offset(),
                    e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(String.format(Locale.ROOT, "cannot store transcript %s: %s", r.key(),
                    e.getMessage()), e);
        }
    }

    private void sync() {
        try {
            store.sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the stored transcripts durable: " + e.getMessage(), e);
        }
    }

    public long stored() {
        return stored.sum();
    }

    public long malformed() {
        return malformed.sum();
    }

    /** Records skipped because they were made under rules other than the active ones. */
    public long skippedOtherRules() {
        return skippedOtherRules.sum();
    }

    @Override
    public void close() {
        closed.set(true);
        consumer.wakeup();
    }
}
