package dev.verbatim.app;

import dev.verbatim.app.kafka.KafkaSettings;
import dev.verbatim.app.metrics.MetricsSettings;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.ingest.crawl.CrawlSettings;
import dev.verbatim.model.Topics;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one typed configuration tree. Defaults, with a comment on each, live in
 * {@code reference.properties}; {@link ConfigLoader} layers overrides on top.
 */
public record PipelineConfig(KafkaSettings kafka, Topics topics, String rulesTopic, CleanStage clean, SinkSettings sink,
        CrawlSettings crawl, MetricsSettings metrics) {

    public PipelineConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(rulesTopic, "rulesTopic");
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(crawl, "crawl");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The one URL normalizer of every page that enters the pipeline, with the configured tracking parameters. */
    public UrlNormalizer urlNormalizer() {
        return new UrlNormalizer(crawl.trackingParams());
    }

    /** The embedded / docker-compose defaults. */
    public static PipelineConfig defaults() {
        return ConfigLoader.defaults();
    }

    /**
     * The cleaner's Streams settings and rules.
     *
     * @param applicationId prefix of the Streams application id; the rules version and the epoch of
     *                      their activation are appended, so every activation is a new application
     *                      that reads the raw topic from the start
     * @param rules         the rules file given by configuration, if any: {@code run} and {@code replay}
     *                      make it the cluster's active rules, the other stage commands refuse it
     * @param settings      the rules from that file, or the built-in rules (the running stages follow
     *                      the cluster's active rules instead)
     */
    public record CleanStage(String applicationId, int threads, int commitIntervalMs, Optional<Path> rules,
            CleanSettings settings) {
        public CleanStage {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(settings, "settings");
            if (commitIntervalMs < 1) {
                throw new IllegalArgumentException("clean.commit.interval.ms must be >= 1, was " + commitIntervalMs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("clean.threads must be >= 1, was " + threads);
            }
        }
    }

    public record SinkSettings(String groupId, Path outDir) {
        public SinkSettings {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(outDir, "outDir");
        }
    }
}
