package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.TranscriptId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out of the cleaner: two {@code verbatim clean} processes (JVMs of their own) on a raw topic
 * of four partitions share the partitions, and when one is killed (SIGKILL, no goodbye to its group)
 * the other takes its partitions over; every page is stored exactly once, none is missing.
 */
class ScaleOutTest {

    private static final Duration DEADLINE = Duration.ofSeconds(150);
    private static final int PARTITIONS = 4;

    @TempDir
    Path tmp;

    @Test
    void twoCleanerProcessesSplitThePartitionsAndTheSurvivorTakesOverAKilledOne() throws Exception {
        Path base = config();
        Path out = tmp.resolve("out");
        PipelineConfig cfg = ConfigLoader.load(Optional.of(base), Map.of(), Map.of("kafka.data.dir",
                tmp.resolve("data-test").toString()));
        try (Pipeline ingest = Pipeline.start(cfg, Pipeline.Stages.NONE);
             Pipeline sink = Pipeline.start(cfg, new Pipeline.Stages(false, true));
             Admin admin = Admin.create(toProperties(ingest.client()))) {
            Process a = cleaner("A", base);
            Process b = cleaner("B", base);
            try {
                await(() -> owners(admin, cfg).keySet().equals(Set.of("A", "B")), "both cleaners own partitions");
                Map<String, Set<Integer>> split = owners(admin, cfg);
                assertThat(split.get("A")).doesNotContainAnyElementsOf(split.get("B"));
                assertThat(union(split)).containsExactly(0, 1, 2, 3);

                ingest.pushPages(pages(0, 40));
                await(() -> stored(out).size() == 40, "the two cleaners cleaned the first 40 pages");

                a.destroyForcibly(); // SIGKILL: A leaves no word with its group
                a.waitFor();
                ingest.pushPages(pages(40, 80)); // pages keep arriving, some on A's partitions
                await(() -> owners(admin, cfg).keySet().equals(Set.of("B"))
                        && union(owners(admin, cfg)).size() == PARTITIONS, "B owns every partition");
                await(() -> stored(out).size() == 80, "B cleaned the pages of A's partitions too");

                Set<String> expected = pages(0, 80).stream().map(p -> TranscriptId.of(p.url()) + ".json")
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(stored(out)).isEqualTo(expected);
                assertThat(b.isAlive()).as("B still runs").isTrue();
                assertThat(sink.failure()).isEmpty();
            } finally {
                stop(a);
                stop(b);
            }
        }
    }

    /** {@code verbatim clean} in a JVM of its own; its Kafka clients are named after it ({@code client.id}). */
    private Process cleaner(String name, Path base) throws IOException {
        Path cfg = tmp.resolve("clean-" + name + ".properties");
        Files.writeString(cfg, Files.readString(base, StandardCharsets.UTF_8) + "kafka.client.client.id=" + name + "\n",
                StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "clean", "--config", cfg.toString(), "--data", tmp.resolve("data-" + name).toString())
                .redirectOutput(tmp.resolve(name + ".out").toFile()).redirectError(tmp.resolve(name + ".err").toFile())
                .start();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    private Path config() throws IOException {
        String p = "scale-" + tmp.getFileName();
        Path cfg = tmp.resolve("base.properties");
        Files.writeString(cfg, String.join("\n",
                "kafka.bootstrap.servers=" + TestBroker.bootstrapServers(), "kafka.partitions=" + PARTITIONS,
                "topics.raw=" + p + ".raw", "topics.transcripts=" + p + ".transcripts", "topics.rejected=" + p + ".rejected",
                "topics.rules=" + p + ".rules", "clean.application.id=" + p + "-clean", "sink.group.id=" + p + "-sink",
                "clean.threads=1", "kafka.session.timeout.ms=6000", "sink.out.dir=" + tmp.resolve("out"), ""),
                StandardCharsets.UTF_8);
        return cfg;
    }

    /**
     * The partitions of the raw topic each cleaner process owns now, by process name (the client id
     * its stream thread's consumer starts with); processes that own none are left out.
     */
    private static Map<String, Set<Integer>> owners(Admin admin, PipelineConfig cfg) {
        try {
            Map<String, Set<Integer>> out = new TreeMap<>();
            for (GroupListing g : admin.listGroups().all().get(10, TimeUnit.SECONDS)) {
                if (!g.groupId().startsWith(cfg.clean().applicationId())) {
                    continue;
                }
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(g.groupId())).all()
                        .get(10, TimeUnit.SECONDS).get(g.groupId());
                for (MemberDescription m : d.members()) {
                    Set<Integer> mine = m.assignment().topicPartitions().stream()
                            .filter(tp -> tp.topic().equals(cfg.topics().raw())).map(TopicPartition::partition)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (!mine.isEmpty()) {
                        out.computeIfAbsent(m.clientId().split("-", 2)[0], k -> new TreeSet<>()).addAll(mine);
                    }
                }
            }
            return out;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of(); // the group is being formed; the caller polls again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<Integer> union(Map<String, Set<Integer>> owners) {
        Set<Integer> all = new TreeSet<>();
        owners.values().forEach(all::addAll);
        return all;
    }

    private static List<RawPage> pages(int from, int to) {
        List<RawPage> pages = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String html = "<html lang=en><head><title>Harbour report " + i + "</title></head><body><article><h1>Harbour report "
                    + i + "</h1><p>The harbour authority said on Monday that ferry terminal " + i + " will open in the spring,"
                    + " after two years of building work along the old quay.</p><p>Local traders welcomed the news and said"
                    + " the terminal would bring more visitors to the market streets near the water.</p></article></body></html>";
            pages.add(new RawPage("https://scale.example/harbour/" + i, "text/html; charset=utf-8",
                    Instant.parse("2026-03-01T10:00:00Z"), html.getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    private static Set<String> stored(Path out) {
        if (!Files.isDirectory(out)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties toProperties(Map<String, String> client) {
        Properties p = new Properties();
        p.putAll(client);
        return p;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // poll, with the deadline above
        }
    }
}
