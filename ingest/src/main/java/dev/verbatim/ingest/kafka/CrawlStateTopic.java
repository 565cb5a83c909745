package dev.verbatim.ingest.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.ingest.crawl.CrawlStore;
import dev.verbatim.ingest.crawl.HostState;
import dev.verbatim.ingest.crawl.UrlKind;
import dev.verbatim.ingest.crawl.UrlState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The crawl state in a compacted topic: key {@code url:<url>} or {@code host:<host>}, value the
 * state as JSON. Compaction keeps the latest value per key, so reading the topic from the start on
 * boot gives the crawler its whole state without another store. The topic is created (compacted,
 * zstd) when missing.
 *
 * <p>Thread-safe, as {@link KafkaProducer} is; {@link #load()} is called once, before any write.
 */
public final class CrawlStateTopic implements CrawlStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL_PREFIX = "url:";
    private static final String HOST_PREFIX = "host:";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, String> client;
    private final String topic;
    private final KafkaProducer<String, byte[]> producer;

    /**
     * @param client Kafka client properties, {@code bootstrap.servers} included, laid over the settings of
     *               this store's clients (security, tuning)
     */
    public CrawlStateTopic(Map<String, String> client, String topic, int partitions, short replication) {
        this.client = client;
        this.topic = topic;
        ensureTopic(partitions, replication);
        Properties p = RawPageProducer.config(Map.of());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "verbatim-crawl-state");
        p.putAll(client);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private void ensureTopic(int partitions, short replication) {
        Properties p = new Properties();
        p.putAll(client);
        try (Admin admin = Admin.create(p)) {
            Set<String> names = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!names.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, replication).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.COMPRESSION_TYPE_CONFIG, "zstd")))).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot set up the crawl state topic " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up " + topic, e);
        }
    }

    @Override
    public Snapshot load() throws InterruptedException {
        Map<String, UrlState> urls = new HashMap<>();
        Map<String, HostState> hosts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline || Thread.interrupted()) {
                    throw new IllegalStateException("could not read the crawl state from " + topic + " in time");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    apply(r, urls, hosts);
                }
            }
        }
        return new Snapshot(urls.values(), hosts.values());
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void apply(ConsumerRecord<String, byte[]> r, Map<String, UrlState> urls, Map<String, HostState> hosts) {
        if (r.key() == null) {
            return;
        }
        if (r.value() == null) {
            urls.remove(r.key().substring(Math.min(r.key().length(), URL_PREFIX.length())));
            return;
        }
        try {
            JsonNode n = JSON.readTree(r.value());
            if (r.key().startsWith(URL_PREFIX)) {
                UrlState s = urlState(r.key().substring(URL_PREFIX.length()), n);
                urls.put(s.url(), s);
            } else if (r.key().startsWith(HOST_PREFIX)) {
                String host = r.key().substring(HOST_PREFIX.length());
                hosts.put(host, new HostState(host, Instant.ofEpochMilli(n.path("backoff_until").asLong()),
                        n.path("errors").asInt()));
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            // a record this version cannot read is skipped: the URL is simply crawled as new
        }
    }

    private static UrlState urlState(String url, JsonNode n) {
        return new UrlState(url, UrlKind.valueOf(n.path("kind").asText()), n.path("site").asText(),
                n.path("depth").asInt(), Instant.ofEpochMilli(n.path("last_fetch").asLong()), n.path("etag").asText(),
                n.path("last_modified").asText(), n.path("hash").asText(), Instant.ofEpochMilli(n.path("next_due").asLong()),
                n.path("failures").asInt());
    }

    @Override
    public void save(UrlState s) {
        ObjectNode n = JSON.createObjectNode().put("kind", s.kind().name()).put("site", s.site()).put("depth", s.depth())
                .put("last_fetch", s.lastFetch().toEpochMilli()).put("etag", s.etag())
                .put("last_modified", s.lastModified()).put("hash", s.hash())
                .put("next_due", s.nextDue().toEpochMilli()).put("failures", s.failures());
        send(URL_PREFIX + s.url(), n);
    }

    @Override
    public void save(HostState s) {
        send(HOST_PREFIX + s.host(), JSON.createObjectNode().put("backoff_until", s.backoffUntil().toEpochMilli())
                .put("errors", s.consecutiveErrors()));
    }

    private void send(String key, ObjectNode value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsBytes(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write crawl state of " + key, e);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "verbatim-crawl-state-loader");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.putAll(client);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    /** The record key of a URL's state (for tests and tools). */
    static String urlKey(String url) {
        return URL_PREFIX + url;
    }

}
