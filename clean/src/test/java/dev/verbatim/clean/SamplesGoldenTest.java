package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.model.BlockType;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleans every case of the shared dev samples (when {@code ../../shared/samples} exists next to
 * the repository) and writes {@code <case>.json} to {@code target/samples-out/} for the scorer;
 * asserts the parts of the contract the seed must meet. Skipped when the samples are absent.
 * Run on another set: {@code mvn test -pl clean -Dtest=SamplesGoldenTest -Dsamples.dir=/path/to/cases}.
 */
class SamplesGoldenTest {

    /** The cases; {@code -Dsamples.dir=...} points the harness at another set laid out the same way. */
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    private static final Path OUT = Path.of(System.getProperty("samples.out", "target/samples-out"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageCleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = new PageCleaner(CleanSettings.defaults());
    }

    @Test
    void cleansEveryCaseAndWritesOutputs() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "shared samples not present");
        Files.createDirectories(OUT);
        List<String> cleaned = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        try (Stream<Path> cases = Files.list(SAMPLES)) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                CleanResult result = cleaner.clean(page(dir));
                if (result instanceof CleanResult.Cleaned c) {
                    Files.write(OUT.resolve(dir.getFileName() + ".json"), TranscriptJson.toPrettyBytes(c.transcript()));
                } else {
                    rejected.add(dir.getFileName() + ": " + ((CleanResult.Rejected) result).rejection().summary());
                }
                cleaned.add(dir.getFileName().toString());
            }
        }
        assertThat(cleaned).isNotEmpty();
        assertThat(rejected).as("every case becomes a transcript").isEmpty();
    }

    @Test
    void seedHasAllTurnsSpeakersAndMetadata() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES.resolve("seed")), "seed sample not present");
        Transcript t = clean(SAMPLES.resolve("seed"));
        JsonNode expected = JSON.readTree(SAMPLES.resolve("seed").resolve("expected.json").toFile());
        long turns = t.blocks().stream().filter(b -> b.type() == BlockType.TURN).count();
        assertThat(turns).isEqualTo(108);
        assertThat(t.speakers()).extracting(Speaker::label)
                .containsExactlyInAnyOrderElementsOf(texts(expected.path("speakers"), "label"));
        assertThat(t.title()).isEqualTo(expected.path("title").asText());
        assertThat(t.site()).contains(expected.path("site").asText());
        assertThat(t.ipLocation()).contains(expected.path("ip_location").asText());
        assertThat(t.authors()).containsExactlyElementsOf(texts(expected.path("authors"), null));
        assertThat(t.editors()).containsExactlyElementsOf(texts(expected.path("editors"), null));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    private static RawPage page(Path dir) throws IOException {
        JsonNode meta = JSON.readTree(dir.resolve("meta.json").toFile());
        Path body = Files.exists(dir.resolve("page.html")) ? dir.resolve("page.html") : dir.resolve("page.txt");
        return new RawPage(meta.path("url").asText(), meta.path("content_type").asText(""),
                Instant.parse(meta.path("fetched_at").asText()), Files.readAllBytes(body));
    }

    private static Transcript clean(Path dir) throws IOException {
        CleanResult result = cleaner.clean(page(dir));
        assertThat(result).as(dir.getFileName().toString()).isInstanceOf(CleanResult.Cleaned.class);
        return ((CleanResult.Cleaned) result).transcript();
    }
}
