package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.app.kafka.ActiveRules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a replay while pages are still arriving, with ingest, cleaner and sink running as
 * separate pipelines on one broker (their own Kafka clients; the cleaner and the sink in the
 * groups separate processes would share with the replay's own stages). Storage must converge to
 * exactly what a from-scratch run with the new rules gives: the same ids, byte-identical files,
 * nothing missing, nothing left over. Then the same with the replay, started in a JVM of its own,
 * killed with SIGKILL halfway (kill -9) and started again.
 */
class Issue11Test {

    private static final String NEW_RULES = """
            script:
              policy: hant
            content:
              min_chars: 60
            boilerplate:
              drop_patterns: ['^Printed with support from']
            """;
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    /** Where the from-scratch run lives: the same pages and rules in every test, so it runs once. */
    @TempDir
    static Path shared;

    private static Map<String, byte[]> reference;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome verbatim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * One configuration file per deployment (topics, groups, output): {@code live} or {@code reference}.
     * A stage killed without leaving its group keeps its partitions for the broker's shortest session.
     */
    private Path configFile(String name) throws IOException {
        return configFile(tmp, name);
    }

    private static Path configFile(Path tmp, String name) throws IOException {
        String p = "i11-" + tmp.getFileName() + "-" + name;
        Path cfg = tmp.resolve(name + ".properties");
        Files.writeString(cfg, String.join("\n",
                "kafka.bootstrap.servers=" + TestBroker.bootstrapServers(),
                "topics.raw=" + p + ".raw", "topics.transcripts=" + p + ".transcripts", "topics.rejected=" + p + ".rejected",
                "topics.rules=" + p + ".rules", "clean.application.id=" + p + "-clean", "sink.group.id=" + p + "-sink",
                "clean.threads=1", "kafka.session.timeout.ms=6000", "sink.out.dir=" + tmp.resolve("out-" + name), ""),
                StandardCharsets.UTF_8);
        return cfg;
    }

    /** The configuration of one process of a deployment: its own data directory (Streams state). */
    private PipelineConfig process(Path cfg, String process, Optional<Path> rules) {
        Map<String, String> flags = new TreeMap<>(Map.of("kafka.data.dir", tmp.resolve("data-" + process).toString()));
        rules.ifPresent(r -> flags.put("clean.rules", r.toString()));
        return ConfigLoader.load(Optional.of(cfg), Map.of(), flags);
    }

    private static String zh(int i) {
        return "<html lang=zh-CN><head><meta charset=utf-8><title>城市观察第" + i + "期</title></head><body><article><h1>城市观察第"
                + i + "期</h1><p>这座城市的老街区正在发生变化，许多年轻人回到这里开设书店和咖啡馆，让安静的街道重新热闹起来。</p>"
                + "<p>记者在这里走访了十几家小店，店主们说，房租虽然上涨，但是客人越来越多，他们对未来很有信心。</p></article></body></html>";
    }

    private static String en(int i) {
        return "<html lang=en><head><title>Harbour report " + i + "</title></head><body><article><h1>Harbour report " + i
                + "</h1><p>The harbour authority said on Monday that the new ferry terminal will open in the spring, after"
                + " two years of building work along the old quay.</p><p>Local traders welcomed the news and said the"
                + " terminal would bring more visitors to the market streets near the water.</p>"
                + "<p>Printed with support from the Harbour Fund and its many friends.</p></article></body></html>";
    }

    private static String brief(int i) {
        return "<html><body><article><h1>Brief " + i + "</h1><p>Ferry " + i
                + " delayed by fog this morning, no other changes.</p></article></body></html>";
    }

    /** Page folders: Chinese and English articles, and briefs the new rules reject (too short). */
    private List<Path> writePages(int from, int to) throws IOException {
        return writePages(tmp, from, to);
    }

    private static List<Path> writePages(Path tmp, int from, int to) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String kind = i % 3 == 0 ? "zh" : i % 3 == 1 ? "en" : "brief";
            String html = kind.equals("zh") ? zh(i) : kind.equals("en") ? en(i) : brief(i);
            Path dir = Files.createDirectories(tmp.resolve("in").resolve(kind + i));
            Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("meta.json"), "{\"url\":\"https://i11.example/" + kind + "/" + i
                    + "?utm_source=feed\",\"content_type\":\"text/html; charset=utf-8\",\"fetched_at\":\"2026-03-01T10:00:00Z\"}",
                    StandardCharsets.UTF_8);
            dirs.add(dir);
        }
        return dirs;
    }

    private Path rulesFile() throws IOException {
        return rulesFile(tmp);
    }

    private static Path rulesFile(Path tmp) throws IOException {
        Path rules = tmp.resolve("new-rules.yaml");
        Files.writeString(rules, NEW_RULES, StandardCharsets.UTF_8);
        return rules;
    }

    /** Every file of a directory, name to bytes. */
    private static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            return Map.of(); // a file renamed under us: look again at the next poll
        }
        return out;
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos()); // poll, with the deadline above
        }
    }

    /**
     * The from-scratch run with the new rules over the same 24 pages (their URLs and fetch times come
     * from their sidecars, so they are the same pages in every test), in a deployment of its own.
     */
    private static synchronized Map<String, byte[]> fromScratch() throws IOException {
        if (reference == null) {
            writePages(shared, 0, 24);
            Outcome ref = verbatim("run", "--config", configFile(shared, "reference").toString(), "--data",
                    shared.resolve("data-ref").toString(), "--rules", rulesFile(shared).toString(), "--files",
                    shared.resolve("in").toString(), "--once");
            assertThat(ref.code()).as(ref.err()).isZero();
            reference = files(shared.resolve("out-reference"));
        }
        return reference;
    }

    private static long stored(Path out) {
        return files(out).keySet().stream().filter(n -> n.endsWith(".json")).count();
    }

    @Test
    void activationsAreOrderedByTheBrokerAndSwitchingBackIsANewerOne() throws Exception {
        Path cfg = configFile("epochs");
        PipelineConfig config = process(cfg, "epochs", Optional.empty());
        String topic = config.rulesTopic();
        try (dev.verbatim.app.kafka.Cluster c = dev.verbatim.app.kafka.Cluster.open(config.kafka(), config.topics(), topic)) {
            ActiveRules.Published a = ActiveRules.publish(c.client(), topic, "script:\n  policy: hant\n", "aaaa");
            ActiveRules.Published b = ActiveRules.publish(c.client(), topic, "script:\n  policy: keep\n", "bbbb");
            ActiveRules.Published again = ActiveRules.publish(c.client(), topic, a.yaml(), "aaaa");
            assertThat(List.of(a, b, again)).extracting(x -> x.activation().epoch()).containsExactly(1L, 2L, 3L);
            assertThat(ActiveRules.read(c.client(), topic)).hasValue(again);
            assertThat(again.activation().newerThan(b.activation())).isTrue();
            // The same rules activated again are a new application: it reads the raw topic from the start.
            assertThat(LiveCleaner.applicationId("c", again.activation())).isEqualTo("c-aaaa-3")
                    .isNotEqualTo(LiveCleaner.applicationId("c", a.activation()));
        }
    }

    @Test
    void replayWhilePagesArriveConvergesToAFromScratchRun() throws Exception {
        Path live = configFile("live");
        Path rules = rulesFile();
        List<Path> before = writePages(0, 12);
        List<Path> during = writePages(12, 24);
        try (Pipeline ingest = Pipeline.start(process(live, "ingest", Optional.empty()), Pipeline.Stages.NONE);
             Pipeline cleaner = Pipeline.start(process(live, "clean", Optional.empty()), new Pipeline.Stages(true, false));
             Pipeline sink = Pipeline.start(process(live, "sink", Optional.empty()), new Pipeline.Stages(false, true))) {
            ingest.pushFiles(before, QUIET);
            await(() -> stored(tmp.resolve("out-live")) == 12, "the old rules stored the first 12 pages");

            CompletableFuture<Outcome> replay = CompletableFuture.supplyAsync(() -> verbatim("replay", "--config",
                    live.toString(), "--data", tmp.resolve("data-replay").toString(), "--rules", rules.toString(), "--once"));
            String rulesTopic = ingest.config().rulesTopic();
            await(() -> ActiveRules.read(ingest.client(), rulesTopic).isPresent() || replay.isDone(),
                    "the replay activated the new rules");
            for (Path page : during) {
                ingest.pushFiles(List.of(page), QUIET); // pages still arriving while the stages switch
            }
            Outcome done = replay.get();
            assertThat(done.code()).as(done.err()).isZero();
            assertThat(done.out()).contains("replayed");

            Map<String, byte[]> expected = fromScratch();
            assertThat(expected.keySet()).hasSize(2 * 16); // 16 of 24 pages accepted, .json and .md each
            await(() -> sameFiles(files(tmp.resolve("out-live")), expected), "storage equals the from-scratch run");
            assertThat(cleaner.failure()).isEmpty();
            assertThat(sink.failure()).isEmpty();
        }
    }

    /** {@code verbatim replay} in a JVM of its own, as a second shell would start it. */
    private Process replayProcess(Path live, Path rules) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "replay", "--config", live.toString(), "--data", tmp.resolve("data-killed").toString(),
                "--rules", rules.toString(), "--once")
                .redirectOutput(tmp.resolve("killed.out").toFile()).redirectError(tmp.resolve("killed.err").toFile())
                .start();
    }

    private static boolean anyFileOf(Path out, String version) {
        return files(out).values().stream().anyMatch(b -> new String(b, StandardCharsets.UTF_8).contains(version));
    }

    @Test
    void replayKilledHalfwayAndStartedAgainConverges() throws Exception {
        Path live = configFile("live");
        Path rules = rulesFile();
        List<Path> before = writePages(0, 12);
        List<Path> during = writePages(12, 24);
        String newVersion = dev.verbatim.clean.PageCleaner.rulesVersionOf(ConfigLoader.readRules(rules));
        try (Pipeline ingest = Pipeline.start(process(live, "ingest", Optional.empty()), Pipeline.Stages.NONE);
             Pipeline cleaner = Pipeline.start(process(live, "clean", Optional.empty()), new Pipeline.Stages(true, false));
             Pipeline sink = Pipeline.start(process(live, "sink", Optional.empty()), new Pipeline.Stages(false, true))) {
            ingest.pushFiles(before, QUIET);
            await(() -> stored(tmp.resolve("out-live")) == 12, "the old rules stored the first 12 pages");

            Process killed = replayProcess(live, rules);
            try {
                ingest.pushFiles(during.subList(0, 6), QUIET);
                await(() -> anyFileOf(tmp.resolve("out-live"), newVersion) || !killed.isAlive(), "the replay is halfway");
                assertThat(killed.isAlive()).as("the replay still runs when it is killed").isTrue();
            } finally {
                killed.destroyForcibly(); // SIGKILL: kill -9
                killed.waitFor();
            }
            ingest.pushFiles(during.subList(6, 12), QUIET);

            Outcome again = verbatim("replay", "--config", live.toString(), "--data", tmp.resolve("data-replay").toString(),
                    "--rules", rules.toString(), "--once");
            assertThat(again.code()).as(again.err()).isZero();

            Map<String, byte[]> expected = fromScratch();
            await(() -> sameFiles(files(tmp.resolve("out-live")), expected), "storage equals the from-scratch run");
            assertThat(cleaner.failure()).isEmpty();
            assertThat(sink.failure()).isEmpty();
        }
    }
}
