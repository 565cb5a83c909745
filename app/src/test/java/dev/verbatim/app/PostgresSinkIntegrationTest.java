package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.TranscriptId;
import dev.verbatim.sink.postgres.TestPostgres;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path into PostgreSQL ({@code sink.store=postgresql}) through a real broker and a real
 * PostgreSQL server: every stored transcript is a row, and a database outage while transcripts
 * arrive loses nothing: the sink backs off without committing offsets and stores the batch once
 * the database is back.
 */
class PostgresSinkIntegrationTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    @TempDir
    java.nio.file.Path tmp;

    private PipelineConfig config(String suffix, String jdbcUrl) {
        Map<String, String> flags = Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", TestBroker.bootstrapServers()),
                Map.entry("kafka.partitions", "2"),
                Map.entry("topics.raw", "raw-" + suffix),
                Map.entry("topics.transcripts", "transcripts-" + suffix),
                Map.entry("topics.rejected", "rejected-" + suffix),
                Map.entry("clean.application.id", "clean-" + suffix),
                Map.entry("sink.group.id", "sink-" + suffix),
                Map.entry("sink.out.dir", tmp.resolve("unused-out").toString()),
                Map.entry("kafka.data.dir", tmp.resolve("unused").toString()),
                Map.entry("sink.store", "postgresql"),
                Map.entry("sink.jdbc.url", jdbcUrl),
                Map.entry("sink.jdbc.user", TestPostgres.instance().user()));
        return ConfigLoader.load(Optional.empty(), Map.of(), flags);
    }

    private static RawPage article(String url, String headline, String paragraph) {
        String html = "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>" + paragraph + "</p><p>" + paragraph + " A second paragraph follows the first one here.</p>"
                + "</article></body></html>";
        return new RawPage(url, "text/html; charset=utf-8", java.time.Instant.parse("2026-01-05T10:00:00Z"),
                html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> column(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, TestPostgres.instance().user(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos()); // poll, with the deadline above
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new java.util.HashMap<>(
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
            offsets.values().removeIf(java.util.Objects::isNull);
            return offsets;
        }
    }

    @Test
    void theDemoPagesAreStoredAsRowsThatFullTextSearchFinds() throws Exception {
        String db = TestPostgres.instance().newDatabase("demo");
        List<RawPage> pages = DemoPages.load();
        try (Pipeline p = Pipeline.start(config("pg1", db), Pipeline.Stages.ALL)) {
            p.pushPages(pages);
            assertThat(p.awaitAccounted(Duration.ofSeconds(120), QUIET)).isTrue();
            Set<String> storedIds = pages.stream().map(RawPage::url).filter(u -> !p.summary().rejected().containsKey(u))
                    .map(TranscriptId::of).collect(Collectors.toSet());
            assertThat(storedIds).hasSize(p.summary().stored()).isNotEmpty();
            assertThat(column(db, "SELECT id FROM transcripts")).containsExactlyInAnyOrderElementsOf(storedIds);
        }
        assertThat(column(db, "SELECT language FROM transcripts WHERE search @@ websearch_to_tsquery('simple', 'the')"))
                .contains("en");
    }

    @Test
    void aDatabaseOutageLosesNothingTheSinkRetriesUntilItIsBack() throws Exception {
        String db = TestPostgres.instance().newDatabase("outage");
        List<RawPage> pages = List.of(
                article("https://news.example/cranes", "Harbour cranes return",
                        "The port authority said on Monday that the cranes will be back in service by spring."),
                article("https://news.example/library", "Library opens at night",
                        "Readers can now borrow books until midnight on weekdays, the city library announced."),
                article("https://news.example/ferry", "Ferry timetable changes",
                        "From next month the morning ferry leaves fifteen minutes earlier to meet the first train."));
        try (Pipeline p = Pipeline.start(config("pg2", db), Pipeline.Stages.ALL)) {
            TestPostgres.instance().stop();
            try {
                p.pushPages(pages);
                await(() -> p.storeFailures() > 0, Duration.ofSeconds(90), "the sink to fail a batch on the stopped database");
                assertThat(p.summary().stored()).isZero();
                assertThat(p.health().up()).as("health while the database is down").isFalse();
                assertThat(p.health().checks()).containsEntry("sink", "store failing, retrying");
                assertThat(p.metrics().scrape().lines()).anyMatch(l -> l.startsWith("verbatim_sink_store_failures_total ")
                        && !l.endsWith(" 0.0"));
                assertThat(committedOffsets("sink-pg2")).as("offsets committed while the database is down").isEmpty();
                assertThat(p.metrics().scrape()).containsPattern("(?m)^verbatim_sink_store_failures_total [1-9]");
            } finally {
                TestPostgres.instance().start();
            }
            assertThat(p.awaitAccounted(Duration.ofSeconds(120), QUIET)).isTrue();
            assertThat(p.summary().stored()).isEqualTo(3);
            assertThat(p.failure()).isEmpty();
            assertThat(p.health().checks()).containsEntry("sink", "running");
        }
        assertThat(column(db, "SELECT title FROM transcripts ORDER BY title"))
                .containsExactly("Ferry timetable changes", "Harbour cranes return", "Library opens at night");
        assertThat(committedOffsets("sink-pg2").values()).extracting(OffsetAndMetadata::offset).isNotEmpty()
                .allSatisfy(o -> assertThat(o).isPositive());
    }
}
