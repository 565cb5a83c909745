package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.app.metrics.MetricsServer;
import dev.verbatim.app.metrics.StageMetrics;
import dev.verbatim.model.RawPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage's operator view on the shared broker: {@code /metrics} counts the pages pushed, cleaned,
 * rejected (by stage and reason) and stored, times the cleaning core and shows each group's lag;
 * {@code /health} answers 200 while the stages run and 503 once they stop.
 */
class MetricsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    private PipelineConfig config(String suffix) {
        Map<String, String> flags = Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", TestBroker.bootstrapServers()),
                Map.entry("topics.raw", "raw-" + suffix),
                Map.entry("topics.transcripts", "transcripts-" + suffix),
                Map.entry("topics.rejected", "rejected-" + suffix),
                Map.entry("clean.application.id", "clean-" + suffix),
                Map.entry("sink.group.id", "sink-" + suffix),
                Map.entry("sink.out.dir", tmp.resolve("out").toString()),
                Map.entry("kafka.data.dir", tmp.resolve("unused").toString()),
                Map.entry("metrics.port", "0"),
                Map.entry("metrics.bind", "127.0.0.1"));
        return ConfigLoader.load(Optional.empty(), Map.of(), flags);
    }

    private static RawPage article(String url, String headline, String paragraph) {
        String html = "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>" + paragraph + "</p><p>" + paragraph + " Second paragraph follows the first one here.</p>"
                + "</article></body></html>";
        return new RawPage(url, "text/html; charset=utf-8", Instant.parse("2026-01-02T10:00:00Z"),
                html.getBytes(StandardCharsets.UTF_8));
    }

    private static RawPage binary(String url) {
        byte[] garbage = new byte[600];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 17);
        }
        return new RawPage(url, "text/html", Instant.parse("2026-01-02T10:00:00Z"), garbage);
    }

    @Test
    void metricsCountEveryPageAndHealthTurns503WhenTheStagesStop() throws Exception {
        PipelineConfig cfg = config("metrics1");
        StageMetrics metrics = new StageMetrics();
        try (MetricsServer server = MetricsServer.serve(cfg.metrics(), metrics).orElseThrow()) {
            String base = "http://127.0.0.1:" + server.port();
            try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL, metrics)) {
                AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T00:00:00Z"));
                PeriodicSummary minute = p.periodicSummary(new Clock() {
                    @Override
                    public Instant instant() {
                        return now.get();
                    }

                    @Override
                    public ZoneId getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(ZoneId zone) {
                        return this;
                    }
                });
                p.pushPages(List.of(
                        article("https://news.example/cranes", "Harbour cranes return",
                                "The port authority said on Monday that the cranes will be back in service by spring."),
                        article("https://news.example/library", "Library opens at night",
                                "Readers can now borrow books until midnight on weekdays, the city library announced."),
                        binary("https://news.example/garbage")));
                String text = pollMetrics(base, t -> value(t, "verbatim_transcripts_stored_total").orElse(0) == 2
                        && value(t, "verbatim_consumer_lag{stage=\"sink\"}").orElse(-1) == 0
                        && value(t, "verbatim_consumer_lag{stage=\"clean\"}").orElse(-1) == 0);

                assertThat(value(text, "verbatim_pages_pushed_total")).hasValue(3);
                assertThat(value(text, "verbatim_pages_cleaned_total")).hasValue(2);
                assertThat(value(text, "verbatim_pages_rejected_total{reason=\"binary-content\",stage=\"decode\"}")).hasValue(1);
                assertThat(value(text, "verbatim_clean_time_seconds_count{outcome=\"cleaned\"}")).hasValue(2);
                assertThat(value(text, "verbatim_clean_time_seconds_count{outcome=\"rejected\"}")).hasValue(1);
                assertThat(text).contains("# TYPE verbatim_clean_time_seconds histogram");
                assertThat(text.lines()).anyMatch(l -> l.startsWith("kafka_stream_thread_"));
                assertThat(text.lines()).anyMatch(l -> l.startsWith("kafka_consumer_fetch_manager_records_consumed_total{")
                        && l.contains("client_id=\"sink-metrics1-consumer\"") && !l.endsWith(" 0.0"));

                now.set(now.get().plusSeconds(60));
                assertThat(minute.tick()).hasValue("last 1.0 min: 3 pages in, 2 cleaned, 1 rejected, 2 stored; "
                        + "since start: 3 in, 2 cleaned, 1 rejected, 2 stored; lag: clean 0, sink 0");

                HttpResponse<String> health = get(base + "/health");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
                assertThat(health.body()).matches("\\{\"status\":\"up\",\"checks\":\\{\"stages\":\"running\","
                        + "\"kafka\":\"reachable\",\"clean\":\"(RUNNING|REBALANCING)\",\"sink\":\"running\"}}");
            }
            HttpResponse<String> stopped = get(base + "/health");
            assertThat(stopped.statusCode()).isEqualTo(503);
            assertThat(stopped.body()).isEqualTo("{\"status\":\"down\",\"checks\":{\"stages\":\"stopped\"}}");
        }
    }

    private static String pollMetrics(String base, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(base + "/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            text = r.body();
            if (done.test(text)) {
                return text;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // poll, with the deadline above
        }
        throw new AssertionError("metrics never showed every page accounted for:\n" + text);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The value of the sample {@code series} (name and tags as Prometheus prints them) in {@code text}. */
    static OptionalDouble value(String text, String series) {
        return text.lines().filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1).strip())).findFirst();
    }
}
