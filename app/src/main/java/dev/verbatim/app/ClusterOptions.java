package dev.verbatim.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Flags shared by the commands that talk to Kafka; each maps onto one configuration key. */
final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka cluster to use; without it an embedded broker starts in --data.")
    String bootstrapServers;

    @Option(names = "--data", paramLabel = "DIR", description = "Embedded broker data directory (default ./data/kafka).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file layered over the defaults.")
    Path config;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (security, tuning) for every Kafka client (kafka.config.file).")
    Path kafkaConfig;

    /** Loads the configuration with these flags (and {@code outDir} when given) as the last layer. */
    PipelineConfig load(Optional<Path> outDir) {
        return load(outDir, null);
    }

    /** As {@link #load(Optional)}, with a rules file ({@code --rules}) when not null. */
    PipelineConfig load(Optional<Path> outDir, Path rules) {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put("kafka.bootstrap.servers", bootstrapServers);
        }
        if (data != null) {
            flags.put("kafka.data.dir", data.toString());
        }
        if (kafkaConfig != null) {
            flags.put("kafka.config.file", kafkaConfig.toString());
        }
        if (rules != null) {
            flags.put("clean.rules", rules.toString());
        }
        outDir.ifPresent(o -> flags.put("sink.out.dir", o.toString()));
        if (config != null && !java.nio.file.Files.isRegularFile(config)) {
            throw new IllegalArgumentException("config file not found: " + config);
        }
        return ConfigLoader.load(Optional.ofNullable(config), System.getenv(), flags);
    }

    /**
     * Loads the configuration of a command that must not publish rules (ingest, clean, sink): a rules
     * file set by configuration ({@code clean.rules}) is refused, as {@code --rules} is.
     */
    PipelineConfig loadFollowing(Optional<Path> outDir, String command) {
        PipelineConfig cfg = load(outDir);
        if (cfg.clean().rules().isPresent()) {
            throw new IllegalArgumentException("clean.rules is set (" + cfg.clean().rules().get() + ") but only 'replay' "
                    + "and 'run' make rules active; unset it for '" + command + "'");
        }
        return cfg;
    }
}
