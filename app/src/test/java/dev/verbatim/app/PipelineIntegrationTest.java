package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptId;
import dev.verbatim.model.TranscriptJson;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path through a real broker: files pushed to the raw topic, cleaned by the Streams
 * topology, stored by the sink; a binary page posing as HTML ends in the rejected topic with its
 * original bytes and reason while the others are stored.
 */
class PipelineIntegrationTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private PipelineConfig config(String suffix) {
        Map<String, String> flags = Map.of(
                "kafka.bootstrap.servers", TestBroker.bootstrapServers(),
                "kafka.partitions", "2",
                "topics.raw", "raw-" + suffix,
                "topics.transcripts", "transcripts-" + suffix,
                "topics.rejected", "rejected-" + suffix,
                "clean.application.id", "clean-" + suffix,
                "sink.group.id", "sink-" + suffix,
                "sink.out.dir", tmp.resolve("out").toString(),
                "kafka.data.dir", tmp.resolve("unused").toString());
        return ConfigLoader.load(Optional.empty(), Map.of(), flags);
    }

    private Path writePage(String name, String url, byte[] body) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in").resolve(name));
        Files.write(dir.resolve("page.html"), body);
        Files.writeString(dir.resolve("meta.json"), "{\"url\":\"" + url + "\",\"content_type\":\"text/html; charset=utf-8\","
                + "\"fetched_at\":\"2026-01-0" + (name.length() % 9 + 1) + "T10:00:00Z\"}", StandardCharsets.UTF_8);
        return dir;
    }

    private static byte[] article(String headline, String paragraph) {
        String html = "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>" + paragraph + "</p><p>" + paragraph + " Second paragraph follows the first one here.</p>"
                + "</article></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesCleanPagesAndRoutesBinaryPageToRejectedTopic() throws Exception {
        PipelineConfig cfg = config("it1");
        writePage("one", "https://news.example/one", article("Harbour cranes return",
                "The port authority said on Monday that the cranes will be back in service by spring."));
        writePage("two", "https://news.example/two", article("Library opens at night",
                "Readers can now borrow books until midnight on weekdays, the city library announced."));
        writePage("three", "https://news.example/three", article("Ferry timetable changes",
                "From next month the morning ferry leaves fifteen minutes earlier to meet the first train."));
        byte[] garbage = new byte[600];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 17);
        }
        writePage("four", "https://news.example/garbage", garbage);

        try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL)) {
            assertThat(p.pushFiles(List.of(tmp.resolve("in")), QUIET)).isEqualTo(4);
            assertThat(p.awaitAccounted(Duration.ofSeconds(90), QUIET)).isTrue();
            assertThat(p.summary().stored()).isEqualTo(3);
            assertThat(p.summary().rejected()).containsOnlyKeys("https://news.example/garbage");
        }

        Path out = tmp.resolve("out");
        Transcript two = TranscriptJson.fromBytes(Files.readAllBytes(out.resolve(TranscriptId.of("https://news.example/two") + ".json")));
        assertThat(two.title()).isEqualTo("Library opens at night");
        assertThat(two.blocks()).anySatisfy(b -> assertThat(b.text()).contains("borrow books until midnight"));
        assertThat(Files.readString(out.resolve(TranscriptId.of("https://news.example/two") + ".md"), StandardCharsets.UTF_8))
                .startsWith("# Library opens at night");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).count()).isEqualTo(3);
        }

        ConsumerRecord<String, byte[]> rejected = readOne(cfg.topics().rejected());
        assertThat(rejected.key()).isEqualTo("https://news.example/garbage");
        assertThat(rejected.value()).containsExactly(garbage);
        assertThat(header(rejected, PageHeaders.ERROR_STAGE)).isEqualTo("decode");
        assertThat(header(rejected, PageHeaders.ERROR_REASON)).isEqualTo("binary-content");
        assertThat(header(rejected, PageHeaders.URL)).isEqualTo("https://news.example/garbage");
    }

    @Test
    void redeliveredTranscriptOverwritesTheSameFiles() throws Exception {
        PipelineConfig cfg = config("it2");
        byte[] body = article("Bridge repairs finish early", "Engineers finished the repairs two weeks ahead of the schedule.");
        writePage("bridge", "https://news.example/bridge", body);
        try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL)) {
            p.pushFiles(List.of(tmp.resolve("in")), QUIET);
            assertThat(p.awaitAccounted(Duration.ofSeconds(90), QUIET)).isTrue();
        }
        Path json = tmp.resolve("out").resolve(TranscriptId.of("https://news.example/bridge") + ".json");
        byte[] first = Files.readAllBytes(json);
        try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL)) {
            p.pushFiles(List.of(tmp.resolve("in")), QUIET);
            assertThat(p.awaitAccounted(Duration.ofSeconds(90), QUIET)).isTrue();
        }
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(json)).isEqualTo(first);
    }

    private static ConsumerRecord<String, byte[]> readOne(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> got = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (got.isEmpty() && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(got::add);
            }
            assertThat(got).hasSize(1);
            return got.get(0);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
