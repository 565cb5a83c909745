package dev.verbatim.app;

import static dev.verbatim.app.FaultFixtures.QUIET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the broker goes away: a broker in a process of its own is killed (kill -9) while
 * ingest, cleaner and sink run, stays away, and is started again on its log directory. No stage
 * exits, and the stored set is exactly every page pushed, each written once to the committed
 * topics. The outage lasts {@code -Dverbatim.outage.seconds} (15 s here; RELIABILITY.md gives the
 * 90 s run). With a finite {@code kafka.outage.timeout}, ingest names every page it could not push
 * and fails instead.
 */
class BrokerOutageTest {

    private static final int OUTAGE_S = Integer.getInteger("verbatim.outage.seconds", 15);
    private static final Duration DEADLINE = Duration.ofSeconds(180);

    @TempDir
    Path tmp;

    private Map<String, String> settings() {
        return Map.of("kafka.session.timeout.ms", "10000");
    }

    @Test
    void stagesOutliveABrokerKilledAndRestartedAndEveryPageIsStoredOnce() throws Exception {
        try (BrokerProcess broker = new BrokerProcess(tmp.resolve("broker"))) {
            broker.start();
            String name = "outage";
            PipelineConfig cfg = FaultFixtures.config(tmp, broker.bootstrapServers(), name, settings());
            try (Pipeline ingest = Pipeline.start(withData(cfg, "ingest"), Pipeline.Stages.NONE);
                 Pipeline clean = Pipeline.start(withData(cfg, "clean"), new Pipeline.Stages(true, false));
                 Pipeline sink = Pipeline.start(withData(cfg, "sink"), new Pipeline.Stages(false, true))) {
                Path out = cfg.sink().outDir();
                assertThat(ingest.pushFiles(FaultFixtures.writeArticles(tmp.resolve("before"), name, 0, 20), QUIET))
                        .isEqualTo(20);
                FaultFixtures.await(() -> FaultFixtures.stored(out).size() == 20, DEADLINE, "the first 20 pages are stored");

                broker.kill();
                List<Path> during = FaultFixtures.writeArticles(tmp.resolve("during"), name, 20, 40);
                CompletableFuture<Integer> pushing = CompletableFuture.supplyAsync(() -> push(ingest, during));
                long back = System.nanoTime() + Duration.ofSeconds(OUTAGE_S).toNanos();
                while (System.nanoTime() < back) { // the outage: every stage keeps running, nothing counts as pushed
                    assertThat(List.of(ingest.failure(), clean.failure(), sink.failure())).allMatch(f -> f.isEmpty());
                    assertThat(pushing).isNotDone();
                    LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                }
                assertThat(ingest.tally().pushedCount()).isEqualTo(20);
                broker.start();

                assertThat(pushing.get()).isEqualTo(20);
                assertThat(ingest.pushFiles(FaultFixtures.writeArticles(tmp.resolve("after"), name, 40, 50), QUIET))
                        .isEqualTo(10);
                FaultFixtures.await(() -> FaultFixtures.stored(out).size() >= 50 || clean.failure().isPresent()
                        || sink.failure().isPresent(), DEADLINE, "all 50 pages are stored");
                assertThat(List.of(ingest.failure(), clean.failure(), sink.failure())).allMatch(f -> f.isEmpty());
                assertThat(FaultFixtures.stored(out)).isEqualTo(FaultFixtures.ids(name, 0, 50));
                assertThat(recordsPerKey(broker.bootstrapServers(), cfg.topics().raw())).hasSize(50).allSatisfy((k, n) ->
                        assertThat(n).as("raw records of " + k).isEqualTo(1));
                assertThat(recordsPerKey(broker.bootstrapServers(), cfg.topics().transcripts())).hasSize(50)
                        .allSatisfy((k, n) -> assertThat(n).as("committed transcripts of " + k).isEqualTo(1));
                System.out.printf("outage of %d s: 50 pages, %d stored, sink writes %d%n", OUTAGE_S,
                        FaultFixtures.stored(out).size(), sink.tally().storedEvents());
            }
        }
    }

    @Test
    void withAFiniteOutageTimeoutIngestNamesEveryUnsentPageAndFails() throws Exception {
        try (BrokerProcess broker = new BrokerProcess(tmp.resolve("broker"))) {
            broker.start();
            String name = "unsent";
            Map<String, String> more = new HashMap<>(settings());
            more.put("kafka.outage.timeout", "3s");
            PipelineConfig cfg = FaultFixtures.config(tmp, broker.bootstrapServers(), name, more);
            try (Pipeline ingest = Pipeline.start(withData(cfg, "ingest"), Pipeline.Stages.NONE)) {
                broker.kill();
                List<Path> pages = FaultFixtures.writeArticles(tmp.resolve("in"), name, 0, 5);
                assertThatThrownBy(() -> ingest.pushFiles(pages, QUIET)).isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("5 of 5 pages were not pushed to " + cfg.topics().raw());
                assertThat(ingest.tally().pushedCount()).isZero();
            }
        }
    }

    private static int push(Pipeline ingest, List<Path> pages) {
        try {
            return ingest.pushFiles(pages, QUIET);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One process of the deployment {@code cfg} was loaded for: its own data directory (Streams state). */
    private PipelineConfig withData(PipelineConfig cfg, String process) {
        Map<String, String> more = new HashMap<>(settings());
        cfg.kafka().outageTimeout().ifPresent(d -> more.put("kafka.outage.timeout", d.toMillis() + "ms"));
        more.put("kafka.data.dir", tmp.resolve("data-" + process).toString());
        return FaultFixtures.config(tmp, cfg.kafka().bootstrapServers().orElseThrow(),
                cfg.topics().raw().substring(0, cfg.topics().raw().length() - ".raw".length()), more);
    }

    /** Every committed record of {@code topic}, counted per key. */
    private static Map<String, Integer> recordsPerKey(String servers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Integer> out = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    out.merge(r.key(), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
