package dev.verbatim.app;

import dev.verbatim.app.metrics.MetricsSettings;
import dev.verbatim.clean.steps.ScriptPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void defaultsAreEmbeddedWithDocumentedValues() {
        PipelineConfig c = PipelineConfig.defaults();
        assertThat(c.kafka().embedded()).isTrue();
        assertThat(c.kafka().dataDir()).isEqualTo(Path.of("./data/kafka"));
        assertThat(c.topics().raw()).isEqualTo("pages.raw");
        assertThat(c.topics().transcripts()).isEqualTo("transcripts");
        assertThat(c.topics().rejected()).isEqualTo("pages.rejected");
        assertThat(c.clean().settings().scriptPolicy()).isEqualTo(ScriptPolicy.HANS);
        assertThat(c.sink().outDir()).isEqualTo(Path.of("./out"));
    }

    @Test
    void fileThenEnvironmentThenFlagsWin() throws Exception {
        Path file = tmp.resolve("v.properties");
        Files.writeString(file, "clean.threads=3\nsink.out.dir=/from/file\ntopics.raw=file.raw\n", StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("VERBATIM_SINK_OUT_DIR", "/from/env", "VERBATIM_TOPICS_RAW", "env.raw",
                "PATH", "/usr/bin");
        Map<String, String> flags = Map.of("topics.raw", "flag.raw");
        PipelineConfig c = ConfigLoader.load(Optional.of(file), env, flags);
        assertThat(c.clean().threads()).isEqualTo(3);
        assertThat(c.sink().outDir()).isEqualTo(Path.of("/from/env"));
        assertThat(c.topics().raw()).isEqualTo("flag.raw");
    }

    @Test
    void unknownKeyInFileIsNamed() throws Exception {
        Path file = tmp.resolve("v.properties");
        Files.writeString(file, "clean.threadz=5\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown configuration key 'clean.threadz' in " + file);
    }

    @Test
    void repeatedKeyIsRefused() throws Exception {
        Path file = tmp.resolve("v.properties");
        Files.writeString(file, "clean.threads=1\nclean.threads=2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
                .hasMessage("configuration key 'clean.threads' is set twice in " + file);
    }

    @Test
    void badNumberNamesKeyAndValue() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("VERBATIM_KAFKA_PARTITIONS", "many"), Map.of()))
                .hasMessage("kafka.partitions must be a whole number, was 'many'");
    }

    @Test
    void clashingTopicNamesAreRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("topics.rejected", "pages.raw")))
                .hasMessageContaining("topic names must differ");
    }

    @Test
    void theSinkStoresFilesUnlessPostgresqlIsChosen() {
        assertThat(PipelineConfig.defaults().sink().store()).isEqualTo(PipelineConfig.SinkSettings.Store.FILES);
        assertThat(PipelineConfig.defaults().sink().postgres()).isEmpty();
    }

    @Test
    void postgresqlStoreIsConfiguredFromTheEnvironment() {
        Map<String, String> env = Map.of("VERBATIM_SINK_STORE", "postgresql",
                "VERBATIM_SINK_JDBC_URL", "jdbc:postgresql://db:5432/verbatim",
                "VERBATIM_SINK_JDBC_USER", "writer", "VERBATIM_SINK_JDBC_PASSWORD", "s3cret");
        PipelineConfig.SinkSettings sink = ConfigLoader.load(Optional.empty(), env, Map.of()).sink();
        assertThat(sink.store()).isEqualTo(PipelineConfig.SinkSettings.Store.POSTGRESQL);
        assertThat(sink.postgres()).hasValueSatisfying(p -> {
            assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/verbatim");
            assertThat(p.user()).isEqualTo("writer");
            assertThat(p.password()).isEqualTo("s3cret");
        });
        assertThat(sink.destination()).isEqualTo("PostgreSQL writer at jdbc:postgresql://db:5432/verbatim");
    }

    @Test
    void postgresqlWithoutAUrlOrAUrlWithFilesOrAnUnknownStoreIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("sink.store", "postgresql")))
                .hasMessage("sink.store=postgresql needs sink.jdbc.url");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("sink.jdbc.url", "jdbc:postgresql://db/v")))
                .hasMessage("sink.jdbc.url is set but sink.store is files; set sink.store=postgresql or unset sink.jdbc.url");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("sink.store", "mongo")))
                .hasMessage("sink.store must be files or postgresql, was 'mongo'");
    }

    @Test
    void metricsServeOnPort9400OfTheLoopbackUnlessTurnedOff() {
        assertThat(PipelineConfig.defaults().metrics()).isEqualTo(new MetricsSettings(true, 9400, "127.0.0.1"));
        PipelineConfig off = ConfigLoader.load(Optional.empty(), Map.of("VERBATIM_METRICS_PORT", "OFF"), Map.of());
        assertThat(off.metrics().enabled()).isFalse();
        PipelineConfig any = ConfigLoader.load(Optional.empty(), Map.of("VERBATIM_METRICS_BIND", "0.0.0.0"),
                Map.of("metrics.port", "0"));
        assertThat(any.metrics()).isEqualTo(new MetricsSettings(true, 0, "0.0.0.0"));
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("metrics.port", "nine")))
                .hasMessage("metrics.port must be a port number or 'off', was 'nine'");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("metrics.port", "70000")))
                .hasMessage("metrics.port must be 0 to 65535 or 'off', was 70000");
    }

    @Test
    void environmentVariablesNamingNoKeyAreIgnored() {
        Map<String, String> env = Map.of("VERBATIM_SERVICE_HOST", "10.0.0.7", "VERBATIM_PORT_8080_TCP", "tcp://10.0.0.7:8080",
                "VERBATIM_CLEAN_THREADS", "3");
        PipelineConfig c = ConfigLoader.load(Optional.empty(), env, Map.of());
        assertThat(c.clean().threads()).isEqualTo(3);
    }

    @Test
    void unknownKeyOnTheCommandLineIsStillRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("service.host", "x")))
                .hasMessage("unknown configuration key 'service.host' in the command line");
    }

    @Test
    void kafkaClientPropertiesComeFromTheFileThenThePrefixedKeys() throws Exception {
        Path kafka = tmp.resolve("client.properties");
        Files.writeString(kafka, """
                # a client.properties as Kafka's tools take it
                bootstrap.servers=broker1:9093
                security.protocol=SASL_SSL
                sasl.mechanism=PLAIN
                sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
                    username="alice" password="s3cret";
                linger.ms=20
                """, StandardCharsets.UTF_8);
        Path file = tmp.resolve("v.properties");
        Files.writeString(file, "kafka.client.linger.ms=50\n", StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("VERBATIM_KAFKA_CLIENT_SASL_MECHANISM", "SCRAM-SHA-512");

        PipelineConfig c = ConfigLoader.load(Optional.of(file), env, Map.of("kafka.config.file", kafka.toString()));

        assertThat(c.kafka().bootstrapServers()).hasValue("broker1:9093");
        assertThat(c.kafka().client()).containsOnly(
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"alice\" password=\"s3cret\";"),
                Map.entry("linger.ms", "50"));
        assertThat(c.kafka().clientProperties("other:9092")).containsEntry("bootstrap.servers", "other:9092")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void bootstrapServersKeyWinsOverTheClientFile() throws Exception {
        Path kafka = tmp.resolve("client.properties");
        Files.writeString(kafka, "bootstrap.servers=from-file:9092\n", StandardCharsets.UTF_8);
        PipelineConfig c = ConfigLoader.load(Optional.empty(), Map.of("VERBATIM_KAFKA_BOOTSTRAP_SERVERS", "from-env:9092"),
                Map.of("kafka.config.file", kafka.toString()));
        assertThat(c.kafka().bootstrapServers()).hasValue("from-env:9092");
        assertThat(c.kafka().client()).isEmpty();
    }

    @Test
    void clientSettingVerbatimRestsOnIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("VERBATIM_KAFKA_CLIENT_ISOLATION_LEVEL",
                "read_uncommitted"), Map.of()))
                .hasMessage("Kafka client property 'isolation.level' is Verbatim's own: readers see committed records only");
    }

    @Test
    void missingClientFileIsNamed() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("kafka.config.file", "/no/such.properties")))
                .hasMessage("Kafka client config file not found: /no/such.properties");
    }
}
