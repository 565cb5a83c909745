package dev.verbatim.app.kafka;

import dev.verbatim.model.RulesActivation;
import dev.verbatim.sink.ActiveRulesSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the cluster's active rules while a process runs: a consumer on the one partition of the
 * rules topic, without a group, that tells its listeners about every newer activation as soon as
 * it is published. {@link #refresh()} reads the topic to its end on the caller's thread, for the
 * sink, which must know every activation published before it judges a record.
 *
 * <p>{@link #run()} on one thread; the other methods from any thread.
 */
public final class RulesFollower implements Runnable, AutoCloseable, ActiveRulesSource {

    private final Map<String, String> client;
    private final String topic;
    private final AtomicReference<ActiveRules.Published> latest;
    private final List<Consumer<ActiveRules.Published>> listeners = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, String> consumer;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The activation the listeners were last told about; only the follower thread changes it. */
    private ActiveRules.Published told;

    /**
     * Reads the active rules now; {@code builtIn} (epoch 0) stands for them until rules are published.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public RulesFollower(Map<String, String> client, String topic, ActiveRules.Published builtIn) {
        this.client = client;
        this.topic = topic;
        this.latest = new AtomicReference<>(ActiveRules.read(client, topic).orElse(builtIn));
        this.told = latest.get();
        this.consumer = new KafkaConsumer<>(ActiveRules.readerConfig(client), new StringDeserializer(),
                new StringDeserializer());
    }

    /** The newest rules known now. */
    public ActiveRules.Published rules() {
        return latest.get();
    }

    @Override
    public RulesActivation current() {
        return latest.get().activation();
    }

    @Override
    public RulesActivation refresh() {
        ActiveRules.read(client, topic).ifPresent(this::offer);
        return current();
    }

    /** Takes {@code published} as the newest rules when it is newer than those known (after publishing them). */
    public void offer(ActiveRules.Published published) {
        latest.accumulateAndGet(published, (a, b) -> b.activation().newerThan(a.activation()) ? b : a);
    }

    /** Calls {@code listener} on the follower thread with every activation newer than the one it started with. */
    public void onChange(Consumer<ActiveRules.Published> listener) {
        listeners.add(listener);
    }

    @Override
    public void run() {
        TopicPartition tp = new TopicPartition(topic, 0);
        try {
            consumer.assign(List.of(tp));
            consumer.seek(tp, told.activation().epoch()); // the offset after the activation already known
            while (!closed.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    ActiveRules.of(r).ifPresent(this::offer);
                }
                tell();
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                throw e;
            }
        } finally {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ZERO));
        }
    }

    private void tell() {
        ActiveRules.Published now = latest.get();
        if (now.activation().newerThan(told.activation())) {
            told = now;
            listeners.forEach(l -> l.accept(now));
        }
    }

    @Override
    public void close() {
        closed.set(true);
        consumer.wakeup();
    }
}
