package dev.verbatim.clean.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.clean.CleanResult;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden test over the shared case sets ({@code ../shared/samples} and {@code ../shared/real}):
 * every case is cleaned, scored as the shared scorer scores it ({@link ContractScore}), and held to
 * the floors recorded in {@code src/test/resources/golden/<set>-floors.tsv}: a case may get better,
 * never worse. The outputs land in {@code target/golden/<set>/} for the Python scorer.
 * {@code -Dgolden.update=true} rewrites the floors from the current outputs (review the diff).
 * Skipped when {@code ../shared} is absent, so a fresh clone passes.
 */
class GoldenSetsTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../shared"));
    private static final Path FLOORS = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, ContractScore>> SCORED = new TreeMap<>();
    private static PageCleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = new PageCleaner(CleanSettings.defaults());
    }

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        return cases("samples");
    }

    @TestFactory
    Stream<DynamicTest> realPages() throws IOException {
        return cases("real");
    }

    @AfterAll
    static void updateFloors() throws IOException {
        if (!UPDATE) {
            return;
        }
        for (Map.Entry<String, Map<String, ContractScore>> set : SCORED.entrySet()) {
            List<String> lines = new ArrayList<>();
            lines.add("# case\tmeta\theadings_f1\tturns_acc\ttext_f1\tleaks  (floors; -Dgolden.update=true rewrites)");
            set.getValue().forEach((name, s) -> lines.add(String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d",
                    name, s.meta(), floor(s.headingsF1()), floor(s.turnsAcc()), floor(s.textF1()), s.leaked().size())));
            Files.createDirectories(FLOORS);
            Files.write(FLOORS.resolve(set.getKey() + "-floors.tsv"), lines, StandardCharsets.UTF_8);
        }
    }

    private static double floor(double v) {
        return Math.floor(v * 1000) / 1000;
    }

    private Stream<DynamicTest> cases(String set) throws IOException {
        Path dir = SHARED.resolve(set);
        assumeTrue(Files.isDirectory(dir), "../shared/" + set + " is not present");
        Map<String, String[]> floors = floors(set);
        Path out = Path.of("target/golden", set);
        Files.createDirectories(out);
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> cases = list.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList();
            return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                    () -> check(set, c, out, floors.get(c.getFileName().toString()))));
        }
    }

    private void check(String set, Path dir, Path out, String[] floor) throws IOException {
        String name = dir.getFileName().toString();
        CleanResult result = cleaner.clean(page(dir));
        assertThat(result).as(name + " becomes a transcript").isInstanceOf(CleanResult.Cleaned.class);
        byte[] json = TranscriptJson.toPrettyBytes(((CleanResult.Cleaned) result).transcript());
        Files.write(out.resolve(name + ".json"), json);
        ContractScore s = ContractScore.of(JSON.readTree(dir.resolve("expected.json").toFile()), JSON.readTree(json));
        SCORED.computeIfAbsent(set, k -> new TreeMap<>()).put(name, s);
        if (UPDATE) {
            return;
        }
        assertThat(floor).as(name + " has no floor in golden/" + set + "-floors.tsv (run with -Dgolden.update=true)")
                .isNotNull();
        String why = name + ": " + s.line() + " fell below its floor";
        assertThat(s.meta()).as(why).isGreaterThanOrEqualTo(Integer.parseInt(floor[1]));
        assertThat(s.headingsF1()).as(why).isGreaterThanOrEqualTo(Double.parseDouble(floor[2]));
        assertThat(s.turnsAcc()).as(why).isGreaterThanOrEqualTo(Double.parseDouble(floor[3]));
        assertThat(s.textF1()).as(why).isGreaterThanOrEqualTo(Double.parseDouble(floor[4]));
        assertThat(s.leaked().size()).as(why + "; leaked " + s.leaked()).isLessThanOrEqualTo(Integer.parseInt(floor[5]));
    }

    private static Map<String, String[]> floors(String set) {
        Map<String, String[]> floors = new TreeMap<>();
        Path file = FLOORS.resolve(set + "-floors.tsv");
        if (!Files.exists(file)) {
            return floors;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    floors.put(f[0], f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return floors;
    }

    private static RawPage page(Path dir) throws IOException {
        JsonNode meta = JSON.readTree(dir.resolve("meta.json").toFile());
        Path body;
        try (Stream<Path> files = Files.list(dir)) {
            body = files.filter(p -> p.getFileName().toString().startsWith("page.")).findFirst().orElseThrow();
        }
        return new RawPage(meta.path("url").asText(), meta.path("content_type").asText(""),
                Instant.parse(meta.path("fetched_at").asText()), Files.readAllBytes(body));
    }
}
