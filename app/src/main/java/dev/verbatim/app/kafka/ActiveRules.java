package dev.verbatim.app.kafka;

import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.model.RulesActivation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The active cleaning rules, kept in the cluster itself: a compacted one-partition topic whose
 * latest record under the key {@code active} is the effective rules as YAML, with their version in
 * a {@code rules-version} header. The record's offset orders activations: its epoch is the offset
 * plus one, assigned by the broker, so two publishers can never give two activations one epoch,
 * and compaction (which keeps offsets) never reorders them. Epoch 0 is the built-in rules, in force
 * until the first activation.
 *
 * <p>Stateless; each call opens and closes its own client.
 */
public final class ActiveRules {

    static final String KEY = "active";
    static final String VERSION_HEADER = "rules-version";

    /** Rules as published: their activation (epoch and version) and the effective rules as YAML. */
    public record Published(RulesActivation activation, String yaml) {
        public Published {
            Objects.requireNonNull(activation, "activation");
            Objects.requireNonNull(yaml, "yaml");
        }
    }

    private ActiveRules() {
    }

    /**
     * The latest active rules in {@code topic}, if any were ever published.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public static Optional<Published> read(Map<String, String> client, String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(readerConfig(client), new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            c.seekToBeginning(List.of(tp));
            Published latest = null;
            while (c.position(tp) < end) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    latest = of(r).orElse(latest);
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    /** An activation of rules and when the broker appended it. */
    public record Dated(RulesActivation activation, java.time.Instant at) {
        public Dated {
            Objects.requireNonNull(activation, "activation");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The activations still in {@code topic}, oldest first (compaction keeps at least the latest). */
    public static List<Dated> history(Map<String, String> client, String topic) {
        List<Dated> out = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(readerConfig(client), new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            c.seekToBeginning(List.of(tp));
            while (c.position(tp) < end) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    of(r).ifPresent(p -> out.add(new Dated(p.activation(), java.time.Instant.ofEpochMilli(r.timestamp()))));
                }
            }
        }
        return out;
    }

    static Properties readerConfig(Map<String, String> client) {
        Properties p = new Properties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-rules-reader");
        p.putAll(client);
        return p;
    }

    /** The published rules a record of the rules topic holds, if it is an activation. */
    static Optional<Published> of(ConsumerRecord<String, String> r) {
        if (!KEY.equals(r.key()) || r.value() == null) {
            return Optional.empty();
        }
        Header h = r.headers().lastHeader(VERSION_HEADER);
        // Records from before versions were published with them: this build's version of those rules.
        String version = h != null && h.value() != null ? new String(h.value(), StandardCharsets.UTF_8)
                : PageCleaner.rulesVersionOf(RulesFile.parse(r.value(), "the active rules in topic " + r.topic()));
        return Optional.of(new Published(new RulesActivation(r.offset() + 1, version), r.value()));
    }

    /**
     * Publishes {@code yaml} (whose version is {@code version}) as the active rules, waits for the
     * broker's acknowledgement and returns the new activation.
     *
     * @param client Kafka client properties, {@code bootstrap.servers} included (see {@link Cluster#client()})
     */
    public static Published publish(Map<String, String> client, String topic, String yaml, String version) {
        Properties p = new Properties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "verbatim-rules-writer");
        p.putAll(client);
        try (KafkaProducer<String, String> prod = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(VERSION_HEADER, version.getBytes(StandardCharsets.UTF_8));
            RecordMetadata m = prod.send(new ProducerRecord<>(topic, 0, KEY, yaml, headers)).get();
            return new Published(new RulesActivation(m.offset() + 1, version), yaml);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish the active rules to " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the active rules", e);
        }
    }

    /** Topic settings: compacted, one partition so that "latest" is well defined. */
    static Map<String, String> topicConfig() {
        return Map.of("cleanup.policy", "compact");
    }
}
