package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verbatim on a secured cluster: the test broker's SASL_PLAINTEXT listener (mechanism PLAIN) only
 * lets in clients that authenticate. {@code run} given the client settings by {@code --kafka-config}
 * stores every page (so every client of the pipeline — admin, producer, rules reader and follower,
 * Streams, sink, rejected watcher — used them), and {@code rules diff} reads the raw topic there; with
 * a wrong password it stops with one line.
 */
class SecuredClusterTest {

    private static final Path DEMO = Path.of("src/main/resources/demo");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void pipelineRunsOnASaslClusterWithTheRightCredentials() throws IOException {
        Path out = tmp.resolve("out");
        CommandRun run = CommandRun.of("run", "--once", "--bootstrap-servers", TestBroker.saslBootstrapServers(),
                "--kafka-config", clientFile(TestBroker.SASL_PASSWORD).toString(), "--config", config("sasl1").toString(),
                "--files", DEMO.toString(), "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("pages in: 4, transcripts stored: 3, rejected: 1");
        assertThat(storedPageNames(out)).containsExactlyInAnyOrder("interview-hant.txt", "interview-zh.html", "qa-en.html");

        // rules diff reads the raw topic and the active rules through the same settings.
        Path rules = tmp.resolve("hant.yaml");
        Files.writeString(rules, "script:\n  policy: hant\n", StandardCharsets.UTF_8);
        CommandRun diff = CommandRun.of("rules", "diff", "--rules", rules.toString(), "--bootstrap-servers",
                TestBroker.saslBootstrapServers(), "--kafka-config", clientFile(TestBroker.SASL_PASSWORD).toString(),
                "--config", config("sasl1").toString());
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).containsPattern("rules \\w+ -> \\w+ on 4 pages");
    }

    @Test
    void wrongPasswordIsOneLineNamingTheCredentials() throws IOException {
        CommandRun run = CommandRun.of("run", "--once", "--bootstrap-servers", TestBroker.saslBootstrapServers(),
                "--kafka-config", clientFile("wrong-password").toString(), "--config", config("sasl2").toString(),
                "--files", DEMO.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip())
                .startsWith("verbatim: Kafka at " + TestBroker.saslBootstrapServers() + " refused Verbatim's credentials (")
                .endsWith("check the security settings of kafka.config.file and kafka.client.*");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void plainClientIsNotLetInBySaslListener() throws IOException {
        // The control: without the client settings the same command cannot use the secured listener.
        Path config = config("sasl3");
        Files.writeString(config, "\nkafka.client.request.timeout.ms=3000\nkafka.client.default.api.timeout.ms=3000\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CommandRun run = CommandRun.of("run", "--once", "--bootstrap-servers", TestBroker.saslBootstrapServers(),
                "--config", config.toString(), "--files", DEMO.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private Path clientFile(String password) throws IOException {
        Path file = tmp.resolve("client-" + password + ".properties");
        Files.writeString(file, String.join("\n",
                "# as a secured cluster's operators hand it out",
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\",
                "    username=\"" + TestBroker.SASL_USER + "\" password=\"" + password + "\";",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private Path config(String suffix) throws IOException {
        Path file = tmp.resolve("verbatim-" + suffix + ".properties");
        Files.writeString(file, String.join("\n",
                "topics.raw=raw-" + suffix, "topics.transcripts=transcripts-" + suffix,
                "topics.rejected=rejected-" + suffix, "topics.rules=rules-" + suffix,
                "clean.application.id=clean-" + suffix, "sink.group.id=sink-" + suffix,
                "kafka.data.dir=" + tmp.resolve("unused").toString().replace('\\', '/')), StandardCharsets.UTF_8);
        return file;
    }

    /** The file names of the pages whose transcripts are stored in {@code out}. */
    private static List<String> storedPageNames(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .map(f -> {
                        try {
                            String url = JSON.readTree(f.toFile()).get("url").asText();
                            return url.substring(url.lastIndexOf('/') + 1);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
