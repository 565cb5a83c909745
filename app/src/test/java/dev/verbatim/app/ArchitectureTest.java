package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the module layout: in the stage modules only the {@code kafka} packages import Kafka,
 * {@code model} imports neither Kafka nor Jsoup, and no main code prints to the console except
 * the launcher's {@code Main}.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static List<Path> mainSources(String module) {
        try (Stream<Path> s = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyKafkaPackagesOfStageModulesImportKafka() {
        for (String module : List.of("clean", "ingest", "sink")) {
            assertThat(mainSources(module))
                    .filteredOn(p -> !p.toString().contains("/kafka/"))
                    .filteredOn(p -> read(p).contains("import org.apache.kafka"))
                    .as("files outside a kafka package of %s that import Kafka", module)
                    .isEmpty();
        }
    }

    @Test
    void modelImportsNeitherKafkaNorJsoup() {
        assertThat(mainSources("model"))
                .filteredOn(p -> read(p).contains("import org.apache.kafka") || read(p).contains("import org.jsoup"))
                .isEmpty();
    }

    @Test
    void onlyMainWritesToTheConsoleOrExits() {
        for (String module : List.of("model", "clean", "ingest", "sink", "app")) {
            assertThat(mainSources(module))
                    .filteredOn(p -> !p.getFileName().toString().equals("Main.java"))
                    .filteredOn(p -> read(p).matches("(?s).*System\\.(out|err|exit)\\b.*"))
                    .as("console or exit outside Main in %s", module)
                    .isEmpty();
        }
    }

    @Test
    void everyPackageHasPackageInfo() {
        for (String module : List.of("model", "clean", "ingest", "sink", "app")) {
            List<Path> dirs = mainSources(module).stream().map(Path::getParent).distinct().toList();
            assertThat(dirs).allSatisfy(d -> assertThat(d.resolve("package-info.java")).exists());
        }
    }
}
