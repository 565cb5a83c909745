package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Kafka client Verbatim creates must start from the operator's client properties (security,
 * tuning), which come with {@code bootstrap.servers} in one map ({@code Cluster.client()}). A client
 * configured from a bare address would miss them and fail on a secured cluster; so no main source
 * may set {@code bootstrap.servers} itself except {@code KafkaSettings}, which makes that map. (The
 * constants are inlined by the compiler, so this reads the sources rather than the classes.)
 */
class KafkaClientSourcesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> ALLOWED = Set.of("KafkaSettings.java");
    /** {@code bootstrap.servers} as the key of a put or a map entry: a setting, not a lookup. */
    private static final Pattern SETTING = Pattern.compile("(BOOTSTRAP_SERVERS_CONFIG|\"bootstrap\\.servers\")\\s*,");

    @Test
    void onlyKafkaSettingsSetsTheBootstrapServersOfAClient() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(ROOT)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/"))
                    .filter(f -> !ALLOWED.contains(f.getFileName().toString()))
                    .filter(KafkaClientSourcesTest::setsBootstrapServers)
                    .map(f -> ROOT.relativize(f).toString())
                    .toList();
        }
        assertThat(offenders).as("build clients from Cluster.client() / KafkaSettings.clientProperties()").isEmpty();
    }

    private static boolean setsBootstrapServers(Path file) {
        try {
            return SETTING.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
