package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.TranscriptId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Pages, configurations and polling shared by the fault tests (issue 12). */
final class FaultFixtures {

    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    private FaultFixtures() {
    }

    /** A deployment of its own on {@code servers}: topics, groups and output named after {@code name}. */
    static PipelineConfig config(Path tmp, String servers, String name, Map<String, String> more) {
        Map<String, String> flags = new LinkedHashMap<>(Map.of(
                "kafka.bootstrap.servers", servers,
                "kafka.partitions", "2",
                "topics.raw", name + ".raw",
                "topics.transcripts", name + ".transcripts",
                "topics.rejected", name + ".rejected",
                "topics.rules", name + ".rules",
                "clean.application.id", name + "-clean",
                "sink.group.id", name + "-sink",
                "sink.out.dir", tmp.resolve("out-" + name).toString(),
                "kafka.data.dir", tmp.resolve("data-" + name).toString()));
        flags.put("clean.threads", "1");
        flags.putAll(more);
        return ConfigLoader.load(Optional.empty(), Map.of(), flags);
    }

    /** A news article long enough to be kept, different for every {@code i}. */
    static String article(int i) {
        return "<html lang=en><head><title>Harbour report " + i + "</title></head><body><article><h1>Harbour report " + i
                + "</h1><p>The harbour authority said on Monday that ferry " + i + " will run again in the spring, after"
                + " two years of building work along the old quay.</p><p>Local traders welcomed the news and said the"
                + " terminal would bring more visitors to the market streets near the water.</p></article></body></html>";
    }

    static String url(String name, int i) {
        return "https://faults.example/" + name + "/" + i;
    }

    /** Writes page folders {@code from..to-1} (page and sidecar) under {@code root}; returns their folders. */
    static List<Path> writeArticles(Path root, String name, int from, int to) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            dirs.add(writePage(root.resolve("p" + i), url(name, i), article(i).getBytes(StandardCharsets.UTF_8)));
        }
        return dirs;
    }

    static Path writePage(Path dir, String url, byte[] body) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("page.html"), body);
        Files.writeString(dir.resolve("meta.json"), "{\"url\":\"" + url + "\",\"content_type\":\"text/html; charset=utf-8\","
                + "\"fetched_at\":\"2026-03-01T10:00:00Z\"}", StandardCharsets.UTF_8);
        return dir;
    }

    /** The transcript ids the pages {@code from..to-1} of {@code name} must give. */
    static Set<String> ids(String name, int from, int to) {
        Set<String> out = new TreeSet<>();
        for (int i = from; i < to; i++) {
            out.add(TranscriptId.of(url(name, i)));
        }
        return out;
    }

    /** The ids of the transcripts stored in {@code out} (one {@code .json} each). */
    static Set<String> stored(Path out) {
        if (!Files.isDirectory(out)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            return Set.of(); // a file renamed under us: the next poll looks again
        }
    }

    /** Polls {@code condition} every 50 ms until it holds; fails naming {@code what} after {@code timeout}. */
    static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
