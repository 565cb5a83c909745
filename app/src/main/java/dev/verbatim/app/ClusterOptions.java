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

    @Option(names = "--rules", paramLabel = "FILE", description = "Cleaning rules (YAML) over the built-in ones.")
    Path rules;

    /** Loads the configuration with these flags (and {@code outDir} when given) as the last layer. */
    PipelineConfig load(Optional<Path> outDir) {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put("kafka.bootstrap.servers", bootstrapServers);
        }
        if (data != null) {
            flags.put("kafka.data.dir", data.toString());
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
}
