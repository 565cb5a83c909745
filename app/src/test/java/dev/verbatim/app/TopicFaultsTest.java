package dev.verbatim.app;

import static dev.verbatim.app.FaultFixtures.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.TranscriptId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 12, topics: stages started together on a cluster without the topics all come up (the one
 * that loses the race to create a topic takes it as there); topics made by someone else with too
 * few partitions, a delete policy or a small record limit are used, with one warning each naming
 * the fix; a transcript larger than its topic takes becomes a {@code sink/too-large} rejection with
 * the original bytes, a rejected page larger than the rejected topic takes keeps its first bytes
 * (and its whole length in a header), and the pages behind them are stored.
 */
class TopicFaultsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final int RACES = 3;

    @TempDir
    Path tmp;

    @Test
    void threeStagesStartedAtOnceOnFreshTopicsAllRunAndStoreEveryPage() throws Exception {
        for (int round = 0; round < RACES; round++) {
            String name = "race" + round + "-" + tmp.getFileName();
            PipelineConfig cfg = FaultFixtures.config(tmp, TestBroker.bootstrapServers(), name, Map.of());
            CompletableFuture<Pipeline> ingest = CompletableFuture.supplyAsync(() -> Pipeline.start(cfg, Pipeline.Stages.NONE));
            CompletableFuture<Pipeline> clean = CompletableFuture.supplyAsync(
                    () -> Pipeline.start(cfg, new Pipeline.Stages(true, false)));
            CompletableFuture<Pipeline> sink = CompletableFuture.supplyAsync(
                    () -> Pipeline.start(cfg, new Pipeline.Stages(false, true)));
            try (Pipeline i = ingest.join(); Pipeline c = clean.join(); Pipeline s = sink.join()) {
                i.pushFiles(FaultFixtures.writeArticles(tmp.resolve("in-" + name), name, 0, 5), QUIET);
                Path out = cfg.sink().outDir();
                FaultFixtures.await(() -> FaultFixtures.stored(out).size() >= 5 || c.failure().isPresent()
                        || s.failure().isPresent(), DEADLINE, "round " + round + " stored 5 pages");
                assertThat(c.failure()).isEmpty();
                assertThat(s.failure()).isEmpty();
                assertThat(FaultFixtures.stored(out)).isEqualTo(FaultFixtures.ids(name, 0, 5));
            }
        }
    }

    @Test
    void existingTopicsThatBreakPromisesWarnOnceEachAndATooLargeTranscriptIsRejectedNotFatal() throws Exception {
        String name = "preset-" + tmp.getFileName();
        PipelineConfig cfg = FaultFixtures.config(tmp, TestBroker.bootstrapServers(), name, Map.of());
        int limit = 64 * 1024;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers()))) {
            admin.createTopics(List.of(
                    new NewTopic(cfg.topics().raw(), 1, (short) 1).configs(Map.of("max.message.bytes", "1048588")), // stock
                    new NewTopic(cfg.topics().transcripts(), 2, (short) 1).configs(Map.of("cleanup.policy", "compact",
                            "max.message.bytes", String.valueOf(limit))),
                    new NewTopic(cfg.topics().rejected(), 2, (short) 1).configs(Map.of("max.message.bytes",
                            String.valueOf(4 * limit)))))
                    .all().get();
        }
        byte[] huge = hugeArticle(100 * 1024).getBytes(StandardCharsets.UTF_8);
        FaultFixtures.writePage(tmp.resolve("in").resolve("a0"), FaultFixtures.url(name, 0), FaultFixtures.article(0)
                .getBytes(StandardCharsets.UTF_8));
        FaultFixtures.writePage(tmp.resolve("in").resolve("a1"), FaultFixtures.url(name, 1), huge);
        FaultFixtures.writeArticles(tmp.resolve("in"), name, 2, 5);
        byte[] binary = new byte[6 * limit]; // rejected as binary, larger than the rejected topic takes
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
        }
        FaultFixtures.writePage(tmp.resolve("in").resolve("b5"), FaultFixtures.url(name, 5), binary);

        ListAppender<ILoggingEvent> log = capture("dev.verbatim.app.kafka.Cluster");
        try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL)) {
            List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(warnings).hasSize(3);
            assertThat(warnings.get(0)).startsWith("topic '" + cfg.topics().raw() + "' exists with 1 partition(s)")
                    .contains("--alter --topic " + cfg.topics().raw() + " --partitions 2")
                    .contains("cleanup.policy=delete").contains("--add-config cleanup.policy=compact")
                    .contains("max.message.bytes=1048588");
            assertThat(warnings.get(1)).startsWith("topic '" + cfg.topics().transcripts() + "' exists with max.message.bytes="
                    + limit).contains("--add-config max.message.bytes=10485760");
            assertThat(warnings.get(2)).startsWith("topic '" + cfg.topics().rejected() + "' exists with max.message.bytes="
                    + 4 * limit);

            assertThat(p.pushFiles(List.of(tmp.resolve("in")), QUIET)).isEqualTo(6);
            assertThat(p.awaitAccounted(DEADLINE, QUIET)).isTrue();
            assertThat(p.summary().rejected()).containsOnlyKeys(FaultFixtures.url(name, 1), FaultFixtures.url(name, 5));
            assertThat(p.summary().rejected().get(FaultFixtures.url(name, 1))).startsWith("sink/too-large: ");
            assertThat(p.failure()).isEmpty();
        } finally {
            ((Logger) LoggerFactory.getLogger("dev.verbatim.app.kafka.Cluster")).detachAppender(log);
        }
        Set<String> expected = new TreeSet<>(FaultFixtures.ids(name, 0, 5));
        expected.remove(TranscriptId.of(FaultFixtures.url(name, 1)));
        assertThat(FaultFixtures.stored(cfg.sink().outDir())).isEqualTo(expected);
        Map<String, ConsumerRecord<String, byte[]>> rejected = new java.util.TreeMap<>();
        readAll(cfg.topics().rejected(), 2).forEach(r -> rejected.put(r.key(), r));
        assertThat(rejected).containsOnlyKeys(FaultFixtures.url(name, 1), FaultFixtures.url(name, 5));
        ConsumerRecord<String, byte[]> tooLarge = rejected.get(FaultFixtures.url(name, 1));
        assertThat(tooLarge.value()).isEqualTo(huge);
        assertThat(header(tooLarge, PageHeaders.ERROR_STAGE)).isEqualTo("sink");
        assertThat(header(tooLarge, PageHeaders.ERROR_REASON)).isEqualTo("too-large");
        ConsumerRecord<String, byte[]> cut = rejected.get(FaultFixtures.url(name, 5));
        assertThat(header(cut, PageHeaders.ERROR_REASON)).isEqualTo("binary-content");
        assertThat(header(cut, PageHeaders.ERROR_ORIGINAL_BYTES)).isEqualTo(String.valueOf(binary.length));
        assertThat(cut.value().length).isBetween(3 * limit, 4 * limit);
        assertThat(cut.value()).isEqualTo(java.util.Arrays.copyOf(binary, cut.value().length));
    }

    /** An article whose transcript is about {@code chars} characters: many distinct paragraphs. */
    private static String hugeArticle(int chars) {
        StringBuilder sb = new StringBuilder("<html lang=en><head><title>The long report</title></head><body><article>"
                + "<h1>The long report</h1>");
        for (int i = 0; sb.length() < chars; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the long report says that the harbour authority met the "
                    + "traders again on Monday and that the ferry timetable will change in the spring.</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    private static ListAppender<ILoggingEvent> capture(String logger) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(logger)).addAppender(appender);
        return appender;
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> got = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (got.size() < expected && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(got::add);
            }
            c.poll(Duration.ofMillis(500)).forEach(got::add); // one more look: nothing beyond what is expected
        }
        return got;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
