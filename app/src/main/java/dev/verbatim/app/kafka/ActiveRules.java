package dev.verbatim.app.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The active cleaning rules, kept in the cluster itself: a compacted one-partition topic whose
 * latest record under the key {@code active} is the effective rules as YAML. Every process that
 * cleans or stores reads them from there unless it is given rules explicitly, so a replay with
 * new rules switches the whole pipeline, wherever its stages run.
 *
 * <p>Stateless; each call opens and closes its own client.
 */
public final class ActiveRules {

    static final String KEY = "active";

    private ActiveRules() {
    }

    /** The latest active rules in {@code topic}, if any were ever published. */
    public static Optional<String> read(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-rules-reader");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            c.seekToBeginning(List.of(tp));
            String latest = null;
            while (c.position(tp) < end) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    if (KEY.equals(r.key())) {
                        latest = r.value();
                    }
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    /** Publishes {@code yaml} as the active rules and waits for the broker's acknowledgement. */
    public static void publish(String bootstrapServers, String topic, String yaml) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "verbatim-rules-writer");
        try (KafkaProducer<String, String> prod = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            prod.send(new ProducerRecord<>(topic, 0, KEY, yaml)).get();
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
