package dev.verbatim.app;

import dev.verbatim.app.kafka.KafkaSettings;
import dev.verbatim.app.metrics.MetricsSettings;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.ingest.crawl.CrawlSettings;
import dev.verbatim.model.Topics;
import dev.verbatim.sink.DirectoryStore;
import dev.verbatim.sink.TranscriptStore;
import dev.verbatim.sink.postgres.PostgresSettings;
import dev.verbatim.sink.postgres.PostgresStore;
import java.io.IOException;
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

    /**
     * The sink's consumer group and where it stores transcripts.
     *
     * @param outDir   the directory of the {@code files} store
     * @param store    which store the sink writes
     * @param postgres the database of the {@code postgresql} store; present exactly when that store is chosen
     */
    public record SinkSettings(String groupId, Path outDir, Store store, Optional<PostgresSettings> postgres) {

        /** Where the sink stores transcripts ({@code sink.store}). */
        public enum Store {
            /** {@code <id>.json} and {@code <id>.md} files in {@code sink.out.dir}. */
            FILES,
            /** Rows of the table {@code transcripts} in the database at {@code sink.jdbc.url}. */
            POSTGRESQL
        }

        public SinkSettings {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(outDir, "outDir");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(postgres, "postgres");
            if (store == Store.POSTGRESQL && postgres.isEmpty()) {
                throw new IllegalArgumentException("sink.store=postgresql needs sink.jdbc.url");
            }
            if (store == Store.FILES && postgres.isPresent()) {
                throw new IllegalArgumentException("sink.jdbc.url is set but sink.store is files; set sink.store=postgresql "
                        + "or unset sink.jdbc.url");
            }
        }

        /** The files store in {@code outDir}. */
        public static SinkSettings files(String groupId, Path outDir) {
            return new SinkSettings(groupId, outDir, Store.FILES, Optional.empty());
        }

        /**
         * Opens the chosen store: creates the directory, or connects to PostgreSQL and brings its schema
         * up to date. The caller closes a store that is {@link AutoCloseable}.
         *
         * @throws IllegalStateException when the store cannot be opened (the message names where)
         */
        public TranscriptStore open() {
            if (store == Store.POSTGRESQL) {
                return PostgresStore.open(postgres.orElseThrow());
            }
            try {
                return new DirectoryStore(outDir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the output directory " + outDir + ": " + e.getMessage(), e);
            }
        }

        /** Where transcripts go, for people: the directory, or the database (never its password). */
        public String destination() {
            return postgres.map(p -> "PostgreSQL " + p).orElseGet(() -> outDir.toAbsolutePath().normalize().toString());
        }
    }
}
