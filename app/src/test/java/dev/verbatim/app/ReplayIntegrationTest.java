package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.ingest.kafka.RawPageProducer;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptId;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: pages stored under the default rules, then new rules (Traditional output, one
 * boilerplate pattern, a higher minimum length that rejects one page): {@code rules diff} predicts
 * exactly what {@code replay} then does, storage converges to the new rules, a page pushed during
 * the replay is cleaned with them, and a second replay with the same rules changes nothing.
 */
class ReplayIntegrationTest {

    private static final String NEW_RULES = """
            script:
              policy: hant
            content:
              min_chars: 60
            boilerplate:
              drop_patterns: ['^Printed with support from']
            """;

    private static final Duration POLL = Duration.ofMillis(50);

    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome verbatim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Path config() throws IOException {
        Path cfg = tmp.resolve("verbatim.properties");
        Files.writeString(cfg, String.join("\n",
                "kafka.bootstrap.servers=" + TestBroker.bootstrapServers(),
                "topics.raw=replay.raw", "topics.transcripts=replay.transcripts", "topics.rejected=replay.rejected",
                "topics.rules=replay.rules", "clean.application.id=replay-clean", "sink.group.id=replay-sink",
                "sink.out.dir=" + tmp.resolve("out"), "kafka.data.dir=" + tmp.resolve("unused"), ""), StandardCharsets.UTF_8);
        return cfg;
    }

    private static String zh(int i) {
        return "<html lang=zh-CN><head><meta charset=utf-8><title>城市观察第" + i + "期</title></head><body><article><h1>城市观察第"
                + i + "期</h1><p>这座城市的老街区正在发生变化，许多年轻人回到这里开设书店和咖啡馆，让安静的街道重新热闹起来。</p>"
                + "<p>记者在这里走访了十几家小店，店主们说，房租虽然上涨，但是客人越来越多，他们对未来很有信心。</p></article></body></html>";
    }

    private static String en(int i, boolean withSupportLine) {
        return "<html lang=en><head><title>Harbour report " + i + "</title></head><body><article><h1>Harbour report " + i
                + "</h1><p>The harbour authority said on Monday that the new ferry terminal will open in the spring, after"
                + " two years of building work along the old quay.</p><p>Local traders welcomed the news and said the"
                + " terminal would bring more visitors to the market streets near the water.</p>"
                + (withSupportLine ? "<p>Printed with support from the Harbour Fund and its many friends.</p>" : "")
                + "</article></body></html>";
    }

    private Path writePages() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 6; i++) {
            write(in, "zh" + i, "https://replay.example/zh/" + i, zh(i));
        }
        for (int i = 0; i < 4; i++) {
            write(in, "en" + i, "https://replay.example/en/" + i, en(i, i < 2));
        }
        write(in, "short", "https://replay.example/short",
                "<html><body><article><h1>Brief</h1><p>Ferry delayed by fog this morning, no other changes.</p></article></body></html>");
        return in;
    }

    private static void write(Path in, String name, String url, String html) throws IOException {
        Path dir = Files.createDirectories(in.resolve(name));
        Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("meta.json"), "{\"url\":\"" + url + "\",\"content_type\":\"text/html; charset=utf-8\","
                + "\"fetched_at\":\"2026-03-01T10:00:00Z\"}", StandardCharsets.UTF_8);
    }

    private Map<String, Transcript> stored() throws IOException {
        Map<String, Transcript> out = new HashMap<>();
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Transcript t = TranscriptJson.fromBytes(Files.readAllBytes(f));
                out.put(t.url(), t);
            }
        }
        return out;
    }

    @Test
    void diffPredictsReplayAndStorageConvergesToTheNewRules() throws Exception {
        Path cfg = config();
        Path rules = tmp.resolve("new-rules.yaml");
        Files.writeString(rules, NEW_RULES, StandardCharsets.UTF_8);
        String newVersion = PageCleaner.rulesVersionOf(RulesFile.parse(NEW_RULES, "test"));

        Outcome first = verbatim("run", "--config", cfg.toString(), "--files", writePages().toString(), "--once");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(stored()).hasSize(11);

        Outcome diff = verbatim("rules", "diff", "--config", cfg.toString(), "--rules", rules.toString());
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("on 11 pages", "unchanged: 2", "changed: 8", "newly rejected: 1", "newly accepted: 0");

        CompletableFuture<Outcome> replay = CompletableFuture.supplyAsync(
                () -> verbatim("replay", "--config", cfg.toString(), "--rules", rules.toString(), "--once"));
        try (RawPageProducer producer = new RawPageProducer(java.util.Map.of("bootstrap.servers", TestBroker.bootstrapServers()), "replay.raw")) {
            producer.sendAndWait(new RawPage("https://replay.example/zh/during", "text/html; charset=utf-8",
                    Instant.parse("2026-03-02T10:00:00Z"), zh(99).getBytes(StandardCharsets.UTF_8)));
        }
        Outcome done = replay.get();
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("removed (now rejected) 1");

        Map<String, Transcript> after = awaitStored(12 - 1, Duration.ofSeconds(60));
        assertThat(after).doesNotContainKey("https://replay.example/short");
        assertThat(after.values()).allSatisfy(t -> assertThat(t.rulesVersion()).isEqualTo(newVersion));
        assertThat(after.get("https://replay.example/zh/during").title()).isEqualTo("城市觀察第99期");
        assertThat(after.get("https://replay.example/zh/0").blocks())
                .anySatisfy(b -> assertThat(b.text()).contains("這座城市的老街區"));
        assertThat(after.get("https://replay.example/en/0").blocks())
                .noneSatisfy(b -> assertThat(b.text()).startsWith("Printed with support"));
        assertThat(after.get("https://replay.example/en/0").removed()).anySatisfy(r -> assertThat(r.reason()).isEqualTo("rule"));
        assertThat(tmp.resolve("out").resolve(TranscriptId.of("https://replay.example/short") + ".md")).doesNotExist();

        Map<Path, FileTime> times = modificationTimes();
        Outcome again = verbatim("replay", "--config", cfg.toString(), "--rules", rules.toString(), "--once");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("transcripts written 0", "removed (now rejected) 0");
        assertThat(modificationTimes()).isEqualTo(times);
    }

    private Map<String, Transcript> awaitStored(int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Transcript> now = stored();
        while ((now.size() != count || !now.containsKey("https://replay.example/zh/during")) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(POLL.toNanos()); // poll, with the deadline above
            now = stored();
        }
        return now;
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> out = new HashMap<>();
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            for (Path f : files.toList()) {
                out.put(f, Files.getLastModifiedTime(f));
            }
        }
        return out;
    }
}
