package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.app.kafka.ActiveRules;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.model.RawPage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim status} after a run on the shared broker: the stage groups with their lag, the
 * active rules, the records on each topic and the rejects by reason, found through the running
 * embedded broker's data directory; and a clear line when there is no cluster at all.
 */
class StatusCommandTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private static final Map<String, String> KEYS = Map.of(
            "topics.raw", "raw-status1",
            "topics.transcripts", "transcripts-status1",
            "topics.rejected", "rejected-status1",
            "topics.rules", "rules-status1",
            "crawl.state.topic", "crawl-status1",
            "clean.application.id", "clean-status1",
            "sink.group.id", "sink-status1");

    @Test
    void showsGroupsLagRulesTopicCountsAndRejectsOfARun() throws Exception {
        Map<String, String> flags = new java.util.HashMap<>(KEYS);
        flags.put("kafka.bootstrap.servers", TestBroker.bootstrapServers());
        flags.put("sink.out.dir", tmp.resolve("out").toString());
        PipelineConfig cfg = ConfigLoader.load(Optional.empty(), Map.of(), flags);
        try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL)) {
            p.pushPages(List.of(page("https://news.example/a", "Harbour cranes return",
                            "The port authority said on Monday that the cranes will be back in service by spring."),
                    page("https://news.example/b", "Library opens at night",
                            "Readers can now borrow books until midnight on weekdays, the city library announced."),
                    new RawPage("https://news.example/garbage", "text/html", Instant.parse("2026-01-02T10:00:00Z"), new byte[600])));
            assertThat(p.awaitAccounted(Duration.ofSeconds(90), QUIET)).isTrue();
        }
        Path config = tmp.resolve("status.properties");
        StringBuilder sb = new StringBuilder();
        KEYS.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(config, sb, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("status", "--data", TestBroker.dataDir().toString(), "--config", config.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String version = PageCleaner.rulesVersionOf(CleanSettings.defaults());
        assertThat(run.out()).startsWith("cluster: " + TestBroker.bootstrapServers() + " (the embedded broker of a running verbatim");
        assertThat(run.out()).contains("active rules: " + version + " (epoch 0), the built-in rules (none published)");
        assertThat(run.out()).containsPattern("\\n  clean-status1-" + version + "-0 +clean +Empty +0 +0  active rules\\n");
        assertThat(run.out()).containsPattern("\\n  sink-status1 +sink +Empty +0 +0\\n");
        assertThat(run.out()).containsPattern("\\n  raw-status1 +3 records in 2 partitions\\n");
        assertThat(run.out()).containsPattern("\\n  decode/binary-content +1  latest \\S+Z  https://news.example/garbage - ");

        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ActiveRules.Published hant = ActiveRules.publish(Map.of("bootstrap.servers", TestBroker.bootstrapServers()), "rules-status1", "script:\n  policy: hant\n",
                "hant-version");
        CommandRun after = CommandRun.of("status", "--bootstrap-servers", TestBroker.bootstrapServers(), "--config",
                config.toString());

        assertThat(after.out()).startsWith("cluster: " + TestBroker.bootstrapServers() + "\n");
        java.util.regex.Matcher since = java.util.regex.Pattern.compile("active rules: hant-version \\(epoch "
                + hant.activation().epoch() + "\\) since (\\S+)\n").matcher(after.out());
        assertThat(since.find()).as(after.out()).isTrue();
        assertThat(Instant.parse(since.group(1))).isBetween(before, Instant.now());
        assertThat(after.out()).containsPattern("\\n  clean-status1-" + version + "-0 +clean +Empty +0 +0  other rules\\n");
    }

    @Test
    void saysSoWhenThereIsNoClusterAndNoBrokerData() {
        CommandRun run = CommandRun.of("status", "--data", tmp.resolve("nothing").toString());

        assertThat(run.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).isEqualTo("verbatim: no cluster: no --bootstrap-servers given and no embedded broker data in "
                + tmp.resolve("nothing") + " (start one with './verbatim run', or pass --data DIR)" + System.lineSeparator());
    }

    private static RawPage page(String url, String headline, String paragraph) {
        String html = "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>" + paragraph + "</p><p>" + paragraph + " Second paragraph follows the first one here.</p>"
                + "</article></body></html>";
        return new RawPage(url, "text/html; charset=utf-8", Instant.parse("2026-01-02T10:00:00Z"),
                html.getBytes(StandardCharsets.UTF_8));
    }
}
