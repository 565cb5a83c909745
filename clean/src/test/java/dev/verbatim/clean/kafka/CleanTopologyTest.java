package dev.verbatim.clean.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanResult;
import dev.verbatim.model.Block;
import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.model.Stage;
import dev.verbatim.model.Topics;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptId;
import dev.verbatim.model.TranscriptJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology's routing and its one catch-all, with a stand-in core so each path is forced. */
class CleanTopologyTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final String URL = "https://news.example/a/1";

    @TempDir
    Path state;

    private final RejectionCounts counts = new RejectionCounts();

    private static CleanResult cleanedAsTitle(RawPage p) {
        Transcript t = Transcript.builder(TranscriptId.of(p.url()), p.url(), p.fetchedAt())
                .title(new String(p.body(), StandardCharsets.UTF_8))
                .blocks(List.of(Block.paragraph("body")))
                .build();
        return new CleanResult.Cleaned(t);
    }

    private TopologyTestDriver driver(Function<RawPage, CleanResult> core) {
        StreamsBuilder b = new StreamsBuilder();
        CleanTopology.build(b, TOPICS, core, new RulesActivation(7, "rules-x"), counts);
        Properties p = CleanStreams.properties(java.util.Map.of("bootstrap.servers", "unused:9092"), "test", state, 1, 100);
        return new TopologyTestDriver(b.build(), p);
    }

    private static void pipe(TopologyTestDriver d, String key, byte[] value, String contentType, String fetchedAt) {
        TestInputTopic<byte[], byte[]> in = d.createInputTopic(TOPICS.raw(), new ByteArraySerializer(), new ByteArraySerializer());
        RecordHeaders h = new RecordHeaders();
        h.add(PageHeaders.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
        h.add(PageHeaders.FETCHED_AT, fetchedAt.getBytes(StandardCharsets.UTF_8));
        in.pipeInput(new TestRecord<>(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, h));
    }

    private static TestOutputTopic<String, byte[]> out(TopologyTestDriver d, String topic) {
        return d.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Test
    void writesTranscriptKeyedByIdWithPageMetadataFromHeaders() {
        try (TopologyTestDriver d = driver(CleanTopologyTest::cleanedAsTitle)) {
            pipe(d, URL, "Headline".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            TestRecord<String, byte[]> r = out(d, TOPICS.transcripts()).readRecord();
            Transcript t = TranscriptJson.fromBytes(r.value());
            assertThat(r.key()).isEqualTo(TranscriptId.of(URL));
            assertThat(t.url()).isEqualTo(URL);
            assertThat(t.fetchedAt()).hasToString("2025-11-26T09:00:00Z");
            assertThat(t.title()).isEqualTo("Headline");
            assertThat(header(r, PageHeaders.RULES_VERSION)).isEqualTo("rules-x");
            assertThat(header(r, PageHeaders.RULES_EPOCH)).isEqualTo("7");
            assertThat(out(d, TOPICS.rejected()).isEmpty()).isTrue();
        }
    }

    @Test
    void rejectedPageKeepsOriginalBytesAndGainsErrorHeaders() {
        byte[] original = {0, 1, 2, (byte) 0xff};
        Function<RawPage, CleanResult> core = p -> new CleanResult.Rejected(
                new Rejection(Stage.DECODE, Reason.BINARY_CONTENT, "4 NUL bytes"));
        try (TopologyTestDriver d = driver(core)) {
            pipe(d, URL, original, "text/html", "2025-11-26T09:00:00Z");
            TestRecord<String, byte[]> r = out(d, TOPICS.rejected()).readRecord();
            assertThat(r.key()).isEqualTo(URL);
            assertThat(r.value()).containsExactly(original);
            assertThat(header(r, PageHeaders.ERROR_STAGE)).isEqualTo("decode");
            assertThat(header(r, PageHeaders.ERROR_REASON)).isEqualTo("binary-content");
            assertThat(header(r, PageHeaders.ERROR_DETAIL)).isEqualTo("4 NUL bytes");
            assertThat(header(r, PageHeaders.CONTENT_TYPE)).isEqualTo("text/html");
            assertThat(header(r, PageHeaders.ERROR_SOURCE)).startsWith(TOPICS.raw() + "/0/");
            assertThat(counts.rejected()).containsEntry("decode/binary-content", 1L);
        }
    }

    @Test
    void listenerHearsOfEachPageWithTheTimeTheCoreTook() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        RejectionCounts.Listener listener = new RejectionCounts.Listener() {
            @Override
            public void cleaned(long nanos) {
                heard.add("cleaned " + (nanos >= 2_000_000));
            }

            @Override
            public void rejected(Rejection r, long nanos) {
                heard.add("rejected " + r.reason().wireName() + " " + (nanos >= 2_000_000));
            }
        };
        Function<RawPage, CleanResult> slowCore = p -> {
            long until = System.nanoTime() + 2_000_000; // the core takes at least 2 ms
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return p.body().length == 0 ? new CleanResult.Rejected(new Rejection(Stage.DECODE, Reason.EMPTY_BODY, "empty"))
                    : cleanedAsTitle(p);
        };
        StreamsBuilder b = new StreamsBuilder();
        CleanTopology.build(b, TOPICS, slowCore, new RulesActivation(7, "rules-x"), new RejectionCounts(listener));
        try (TopologyTestDriver d = new TopologyTestDriver(b.build(), CleanStreams.properties(java.util.Map.of("bootstrap.servers", "unused:9092"), "test", state, 1, 100))) {
            pipe(d, URL, "Headline".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            pipe(d, URL + "/empty", new byte[0], "text/html", "2025-11-26T09:00:00Z");
        }
        assertThat(heard).containsExactly("cleaned true", "rejected empty-body true");
    }

    @Test
    void rejectedPageAlsoTombstonesItsTranscriptSoStorageForgetsIt() {
        Function<RawPage, CleanResult> core = p -> new CleanResult.Rejected(
                new Rejection(Stage.SEGMENT, Reason.TOO_SHORT, "5 characters"));
        try (TopologyTestDriver d = driver(core)) {
            pipe(d, URL, "short".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            TestRecord<String, byte[]> tomb = out(d, TOPICS.transcripts()).readRecord();
            assertThat(tomb.key()).isEqualTo(TranscriptId.of(URL));
            assertThat(tomb.value()).isNull();
            assertThat(header(tomb, PageHeaders.RULES_VERSION)).isEqualTo("rules-x");
            assertThat(header(tomb, PageHeaders.RULES_EPOCH)).isEqualTo("7");
        }
    }

    @Test
    void exceptionInCoreBecomesUnexpectedRejectionAndStreamGoesOn() {
        Function<RawPage, CleanResult> core = p -> {
            if (p.url().endsWith("/boom")) {
                throw new IllegalStateException("bug in a step");
            }
            return cleanedAsTitle(p);
        };
        try (TopologyTestDriver d = driver(core)) {
            pipe(d, URL + "/boom", "x".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            pipe(d, URL, "fine".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            TestRecord<String, byte[]> rejected = out(d, TOPICS.rejected()).readRecord();
            assertThat(header(rejected, PageHeaders.ERROR_STAGE)).isEqualTo("unexpected");
            assertThat(header(rejected, PageHeaders.ERROR_DETAIL)).isEqualTo("IllegalStateException: bug in a step");
            assertThat(out(d, TOPICS.transcripts()).readValuesToList()).filteredOn(v -> v != null).hasSize(1);
        }
    }

    @Test
    void recordWithARefusedUrlIsRejectedAsMalformedAndTheStreamGoesOn() {
        try (TopologyTestDriver d = driver(CleanTopologyTest::cleanedAsTitle)) {
            pipe(d, "javascript:alert(1)", "<p>x</p>".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            pipe(d, URL, "fine".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            TestRecord<String, byte[]> r = out(d, TOPICS.rejected()).readRecord();
            assertThat(header(r, PageHeaders.ERROR_REASON)).isEqualTo("malformed-record");
            assertThat(header(r, PageHeaders.ERROR_DETAIL)).isEqualTo(
                    "the record's URL is refused: not an absolute file or http or https URL (scheme 'javascript')");
            assertThat(out(d, TOPICS.transcripts()).readValuesToList()).filteredOn(v -> v != null).hasSize(1);
        }
    }

    @Test
    void recordWithoutUrlIsRejectedAsMalformed() {
        try (TopologyTestDriver d = driver(CleanTopologyTest::cleanedAsTitle)) {
            pipe(d, null, "<p>x</p>".getBytes(StandardCharsets.UTF_8), "text/html", "2025-11-26T09:00:00Z");
            TestRecord<String, byte[]> r = out(d, TOPICS.rejected()).readRecord();
            assertThat(header(r, PageHeaders.ERROR_REASON)).isEqualTo("malformed-record");
        }
    }

    @Test
    void badFetchedAtHeaderFallsBackToRecordTimestamp() {
        try (TopologyTestDriver d = driver(CleanTopologyTest::cleanedAsTitle)) {
            TestInputTopic<byte[], byte[]> in = d.createInputTopic(TOPICS.raw(), new ByteArraySerializer(), new ByteArraySerializer());
            org.apache.kafka.common.header.Headers h = new RecordHeaders().add(PageHeaders.FETCHED_AT, "yesterday".getBytes(StandardCharsets.UTF_8));
            in.pipeInput(new TestRecord<>(URL.getBytes(StandardCharsets.UTF_8), "t".getBytes(StandardCharsets.UTF_8), h,
                    java.time.Instant.parse("2024-01-02T03:04:05Z")));
            Transcript t = TranscriptJson.fromBytes(out(d, TOPICS.transcripts()).readValue());
            assertThat(t.fetchedAt()).hasToString("2024-01-02T03:04:05Z");
        }
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
