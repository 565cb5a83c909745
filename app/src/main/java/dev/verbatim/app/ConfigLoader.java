package dev.verbatim.app;

import dev.verbatim.app.kafka.KafkaSettings;
import dev.verbatim.app.metrics.MetricsSettings;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.model.Topics;
import dev.verbatim.sink.postgres.PostgresSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link PipelineConfig} in layers, later wins: the commented defaults in
 * {@code reference.properties}, an optional properties file, {@code VERBATIM_*} environment
 * variables, then explicit overrides (command-line flags). Strict: an unknown key, a key repeated
 * in one file, or a bad value is an {@link IllegalArgumentException} naming the key and value. Two
 * exceptions: keys under {@code kafka.client.} are Kafka client properties, passed through as they are
 * (Kafka's clients judge them), and a {@code VERBATIM_*} environment variable that names no key is
 * ignored with one WARN line (platforms such as Kubernetes inject variables of their own).
 */
public final class ConfigLoader {

    static final String ENV_PREFIX = "VERBATIM_";
    /** Keys under this prefix are Kafka client properties: {@code kafka.client.sasl.mechanism} is {@code sasl.mechanism}. */
    static final String CLIENT_PREFIX = "kafka.client.";
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("VERBATIM_LOG_LEVEL", "VERBATIM_JAVA_OPTS");
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    private static final Map<String, String> REFERENCE = readReference();

    private ConfigLoader() {
    }

    public static PipelineConfig defaults() {
        return build(REFERENCE);
    }

    /**
     * @param file      an optional properties file
     * @param env       the environment (pass {@code System.getenv()})
     * @param overrides flag values by config key
     */
    public static PipelineConfig load(Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(REFERENCE);
        file.ifPresent(f -> values.putAll(checked(readFile(f), f.toString())));
        values.putAll(fromEnv(env));
        values.putAll(checked(overrides, "the command line"));
        return build(values);
    }

    private static Map<String, String> checked(Map<String, String> layer, String origin) {
        for (String key : layer.keySet()) {
            if (!known(key)) {
                throw new IllegalArgumentException("unknown configuration key '" + key + "' in " + origin);
            }
        }
        return layer;
    }

    private static boolean known(String key) {
        return REFERENCE.containsKey(key) || (key.startsWith(CLIENT_PREFIX) && key.length() > CLIENT_PREFIX.length());
    }

    /** The {@code VERBATIM_*} variables that name a key; the others are named in one WARN line and ignored. */
    private static Map<String, String> fromEnv(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> ignored = new TreeSet<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !LAUNCHER_VARIABLES.contains(name)) {
                String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                if (known(key)) {
                    out.put(key, value);
                } else {
                    ignored.add(name);
                }
            }
        });
        if (!ignored.isEmpty()) {
            LOG.warn("ignoring environment variables that name no Verbatim setting: {}", String.join(", ", ignored));
        }
        return out;
    }

    private static PipelineConfig build(Map<String, String> v) {
        Map<String, String> client = clientProperties(v);
        String fromClient = Optional.ofNullable(client.remove("bootstrap.servers")).orElse("").strip();
        String servers = v.get("kafka.bootstrap.servers").strip();
        if (servers.isEmpty()) {
            servers = fromClient;
        }
        var kafka = new KafkaSettings(
                servers.isEmpty() ? Optional.empty() : Optional.of(servers),
                Path.of(nonEmpty(v, "kafka.data.dir")),
                intValue(v, "kafka.partitions"),
                (short) intValue(v, "kafka.replication.factor"),
                intValue(v, "kafka.session.timeout.ms"),
                outage(v),
                client);
        var topics = new Topics(v.get("topics.raw"), v.get("topics.transcripts"), v.get("topics.rejected"));
        String rules = v.get("clean.rules").strip();
        Optional<Path> rulesFile = rules.isEmpty() ? Optional.empty() : Optional.of(Path.of(rules));
        var clean = new PipelineConfig.CleanStage(nonEmpty(v, "clean.application.id"), intValue(v, "clean.threads"),
                intValue(v, "clean.commit.interval.ms"),
                rulesFile, rulesFile.map(ConfigLoader::readRules).orElseGet(CleanSettings::defaults));
        return new PipelineConfig(kafka, topics, nonEmpty(v, "topics.rules"), clean, sink(v), CrawlConfig.settings(v),
                MetricsSettings.parse(v.get("metrics.port"), v.get("metrics.bind")));
    }

    private static PipelineConfig.SinkSettings sink(Map<String, String> v) {
        String store = v.get("sink.store").strip().toUpperCase(Locale.ROOT);
        if (!store.equals("FILES") && !store.equals("POSTGRESQL")) {
            throw new IllegalArgumentException("sink.store must be files or postgresql, was '" + v.get("sink.store") + "'");
        }
        String url = v.get("sink.jdbc.url").strip();
        Optional<PostgresSettings> postgres = url.isEmpty() ? Optional.empty()
                : Optional.of(new PostgresSettings(url, v.get("sink.jdbc.user").strip(), v.get("sink.jdbc.password")));
        return new PipelineConfig.SinkSettings(nonEmpty(v, "sink.group.id"), Path.of(nonEmpty(v, "sink.out.dir")),
                PipelineConfig.SinkSettings.Store.valueOf(store), postgres);
    }

    /** {@code kafka.outage.timeout}: {@code unlimited} (empty) or a duration of at least one second. */
    private static Optional<java.time.Duration> outage(Map<String, String> v) {
        String s = v.get("kafka.outage.timeout").strip();
        if (s.equalsIgnoreCase("unlimited")) {
            return Optional.empty();
        }
        java.time.Duration d = CrawlConfig.duration(v, "kafka.outage.timeout");
        if (d.compareTo(java.time.Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("kafka.outage.timeout must be unlimited or at least 1s, was '" + s + "'");
        }
        return Optional.of(d);
    }

    /**
     * The Kafka client properties: those of {@code kafka.config.file} (a standard client properties
     * file), then the {@code kafka.client.*} keys, which win.
     */
    private static Map<String, String> clientProperties(Map<String, String> v) {
        Map<String, String> client = new LinkedHashMap<>();
        String file = v.get("kafka.config.file").strip();
        if (!file.isEmpty()) {
            client.putAll(readClientFile(Path.of(file)));
        }
        v.forEach((key, value) -> {
            if (key.startsWith(CLIENT_PREFIX)) {
                client.put(key.substring(CLIENT_PREFIX.length()), value.strip());
            }
        });
        return client;
    }

    /** Reads a Kafka client properties file as Kafka's tools do ({@link Properties#load}: continuation lines too). */
    private static Map<String, String> readClientFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("Kafka client config file not found: " + file, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read Kafka client config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, p.getProperty(key).strip());
        }
        return out;
    }

    /** Reads a rules file; the error names the file and the bad key. */
    public static CleanSettings readRules(Path file) {
        try {
            return RulesFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("rules file not found: " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String nonEmpty(Map<String, String> v, String key) {
        String s = v.get(key).strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(key + " must not be empty");
        }
        return s;
    }

    private static int intValue(Map<String, String> v, String key) {
        try {
            return Integer.parseInt(v.get(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v.get(key) + "'", e);
        }
    }

    private static Map<String, String> readReference() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/reference.properties")) {
            if (in == null) {
                throw new IllegalStateException("reference.properties is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "reference.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses properties text, refusing a key that appears twice. */
    static Map<String, String> parse(String text, String origin) {
        Set<String> seen = new HashSet<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : List.of(text.split("\\R"))) {
            Properties one = new Properties();
            try (Reader r = new java.io.StringReader(line)) {
                one.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : one.stringPropertyNames()) {
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("configuration key '" + key + "' is set twice in " + origin);
                }
                out.put(key, one.getProperty(key));
            }
        }
        return out;
    }
}
