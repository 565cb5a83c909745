package dev.verbatim.app;

import dev.verbatim.app.kafka.ActiveRules;
import dev.verbatim.app.kafka.Cluster;
import dev.verbatim.app.kafka.DataDirLock;
import dev.verbatim.app.kafka.GroupLag;
import dev.verbatim.app.kafka.RawBacklog;
import dev.verbatim.app.kafka.ReplayProgress;
import dev.verbatim.app.kafka.RejectedWatcher;
import dev.verbatim.app.kafka.RulesFollower;
import dev.verbatim.app.metrics.Health;
import dev.verbatim.app.metrics.MetricsServer;
import dev.verbatim.app.metrics.StageMetrics;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.clean.kafka.RecordLimits;
import dev.verbatim.clean.kafka.RejectionCounts;
import dev.verbatim.ingest.PageFiles;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.ingest.kafka.RawPageProducer;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.sink.TranscriptStore;
import dev.verbatim.sink.kafka.TranscriptSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages in one process: a cluster (embedded or given), the cleaner's Streams application, the
 * sink's consumer thread, and pushes of pages. Which stages run is chosen at start; each one is
 * the same code a separate process would run.
 *
 * <p>Not thread-safe: drive it from one thread; the stages run on their own threads.
 */
public final class Pipeline implements AutoCloseable {

    /** Which stages this process runs. */
    public record Stages(boolean clean, boolean sink) {
        public static final Stages ALL = new Stages(true, true);
        public static final Stages NONE = new Stages(false, false);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** How often a long-running process logs its summary line. */
    private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

    private final PipelineConfig config;
    private final Cluster cluster;
    private final Tally tally = new Tally();
    private final StageMetrics metrics;
    private final RejectionCounts counts;
    private final GroupLag lag;
    private final Stages stages;
    private final List<AutoCloseable> running = new ArrayList<>();
    private volatile TranscriptSink sink;
    private final AtomicReference<String> failure = new AtomicReference<>();
    /** Set by Ctrl-C during a {@code --once} run: pushes and waits end early, the stages then close cleanly. */
    private volatile boolean stopRequested;
    private boolean closed;
    private final java.util.concurrent.atomic.AtomicInteger filesNotPushed = new java.util.concurrent.atomic.AtomicInteger();
    private final long startNanos;
    private final UrlNormalizer normalizer;
    private RulesFollower rules;
    private LiveCleaner cleaner;
    private volatile boolean closing;
    /** The minute summary of a long-running process, counting from the start. */
    private final PeriodicSummary summary;

    private Pipeline(PipelineConfig config, Cluster cluster, long startNanos, Stages stages, StageMetrics metrics) {
        this.config = config;
        this.cluster = cluster;
        this.startNanos = startNanos;
        this.normalizer = config.urlNormalizer();
        this.stages = stages;
        this.metrics = metrics;
        this.counts = new RejectionCounts(metrics.cleanListener());
        this.lag = new GroupLag(cluster.client());
        this.summary = periodicSummary(Clock.systemUTC());
    }

    /**
     * As {@link #start(PipelineConfig, Stages)}, serving {@code /metrics} and {@code /health} as
     * {@code config.metrics()} says (the stage commands; the endpoint closes last, after the stages).
     */
    public static Pipeline startServing(PipelineConfig config, Stages stages) {
        if (config.kafka().embedded()) {
            DataDirLock.take(config.kafka().dataDir()).close(); // a held --data stops here, before the metrics port
        }
        StageMetrics metrics = new StageMetrics();
        Optional<MetricsServer> server = MetricsServer.serve(config.metrics(), metrics);
        try {
            Pipeline p = start(config, stages, metrics);
            server.ifPresent(s -> p.running.add(0, s));
            return p;
        } catch (RuntimeException e) {
            server.ifPresent(MetricsServer::close);
            throw e;
        }
    }

    /** Starts the stages without serving metrics (demo, bench, tests). */
    public static Pipeline start(PipelineConfig config, Stages stages) {
        return start(config, stages, new StageMetrics());
    }

    /**
     * Connects (or starts the embedded broker), sets up topics and starts the chosen stages. A rules
     * file given by configuration becomes the cluster's active rules (a new activation when its
     * version differs from the active one); the commands that must not publish rules refuse such a
     * configuration before they get here. The stages follow the active rules while they run.
     */
    public static Pipeline start(PipelineConfig config, Stages stages, StageMetrics metrics) {
        long start = System.nanoTime();
        Cluster cluster = Cluster.open(config.kafka(), config.topics(), config.rulesTopic());
        Pipeline p = new Pipeline(config, cluster, start, stages, metrics);
        try {
            p.running.add(p.lag);
            metrics.healthFrom(p::health);
            p.followRules();
            p.startWatcher();
            if (stages.clean()) {
                p.startCleaner();
                metrics.lag("clean", () -> p.lag("clean").orElse(-1));
            }
            if (stages.sink()) {
                p.startSink();
                metrics.lag("sink", () -> p.lag("sink").orElse(-1));
            }
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private void followRules() {
        CleanSettings defaults = CleanSettings.defaults();
        ActiveRules.Published builtIn = new ActiveRules.Published(new RulesActivation(RulesActivation.BUILT_IN_EPOCH,
                PageCleaner.rulesVersionOf(defaults)), RulesFile.toYaml(defaults));
        rules = new RulesFollower(cluster.client(), config.rulesTopic(), builtIn);
        String version = PageCleaner.rulesVersionOf(config.clean().settings());
        if (config.clean().rules().isPresent() && !rules.current().rulesVersion().equals(version)) {
            ActiveRules.Published published = ActiveRules.publish(cluster.client(), config.rulesTopic(),
                    RulesFile.toYaml(config.clean().settings()), version);
            rules.offer(published);
            LOG.info("active rules are now {} from {}", published.activation(), config.clean().rules().get());
        }
        startThread("verbatim-rules-follower", rules);
        running.add(rules); // closed after the stages that listen to it, before its thread is joined
    }

    /** The newest activation of rules this pipeline knows; its stages follow it. */
    public RulesActivation activeRules() {
        return rules.current();
    }

    public PipelineConfig config() {
        return config;
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** The Kafka client properties of this pipeline's clients, {@code bootstrap.servers} included. */
    public Map<String, String> client() {
        return cluster.client();
    }

    /** The URL normalizer every page this pipeline pushes goes through. */
    public UrlNormalizer normalizer() {
        return normalizer;
    }

    public Tally tally() {
        return tally;
    }

    /** Batches the sink's store failed to write so far, each delivered again after a back-off; 0 without a sink. */
    public long storeFailures() {
        TranscriptSink s = sink;
        return s == null ? 0 : s.storeFailures();
    }

    private void startCleaner() {
        cleaner = new LiveCleaner(config, cluster.client(), counts, metrics, f -> failure.compareAndSet(null, f),
                new RecordLimits(cluster.transcriptRecordLimit(), cluster.rejectedRecordLimit()));
        rules.onChange(cleaner::follow); // before the first follow: a change in between is not missed
        cleaner.follow(rules.rules());
        running.add(cleaner);
    }

    private void startSink() {
        TranscriptStore store = config.sink().open();
        if (store instanceof AutoCloseable closeable) {
            running.add(closeable); // closed after the sink that writes to it
        }
        sink = new TranscriptSink(cluster.client(), config.sink().groupId(),
                config.kafka().sessionTimeoutMs(), config.topics().transcripts(), store, rules,
                new TranscriptSink.Listener() {
                    @Override
                    public void stored(dev.verbatim.model.Transcript t) {
                        metrics.stored();
                        tally.stored(t.url());
                        tally.sinkEvent(false);
                    }

                    @Override
                    public void deleted(String id) {
                        metrics.deleted();
                        tally.sinkEvent(true);
                    }
                }, config.kafka().outageMs());
        running.add(sink.bindClient(metrics::bind)); // closed after the sink
        metrics.storeFailures(sink, TranscriptSink::storeFailures);
        startThread("verbatim-sink", sink);
        running.add(sink); // closed before its thread is joined: close() runs in reverse order
        LOG.info("sink writing transcripts to {}", config.sink().destination());
    }

    private void startWatcher() {
        RejectedWatcher watcher = new RejectedWatcher(cluster.client(), config.topics().rejected(),
                tally::rejected);
        startThread("verbatim-rejected-watcher", watcher);
        running.add(watcher);
    }

    private void startThread(String name, Runnable task) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, name + " stopped: " + Main.describe(e));
                LOG.error("{} stopped: {}", name, Main.describe(e)); // one line; the trace with --verbose
                LOG.debug("{} stopped", name, e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        running.add(() -> t.join(Duration.ofSeconds(30).toMillis()));
    }

    /** A producer for the raw topic that retries for as long as {@code kafka.outage.timeout} allows. */
    public RawPageProducer newProducer() {
        return new RawPageProducer(cluster.client(), config.topics().raw(), config.kafka().outageMs());
    }

    private Pushes pushes() {
        RawPageProducer producer = newProducer();
        return new Pushes(producer, producer.bindClient(metrics::bind), normalizer, tally, metrics::pushed,
                config.topics().raw());
    }

    /**
     * Pushes every page file under the given paths, each accounted for in the tally: pushed (once
     * the broker acknowledged it), refused as too large (a rejection with its reason: the raw topic
     * could not hold it), or skipped with its reason (unreadable, a bad sidecar, or the URL of an
     * earlier file of this call, which would silently replace it). Stops early on {@link #requestStop()}.
     *
     * @return the pages the broker acknowledged
     * @throws IllegalStateException when some pages could not be pushed (each one is named in the log)
     */
    public int pushFiles(List<Path> roots, PrintStream progressOut) throws IOException {
        List<Path> files = PageFiles.find(roots);
        int maxBytes = config.clean().settings().limits().maxInputBytes();
        Map<String, Path> firstFileOf = new HashMap<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try (Pushes pushes = pushes(); Progress progress = Progress.of("pushing", files.size(), progressOut)) {
            // Skipped files step here, pushed ones on the producer's thread once acknowledged: one counter for both.
            Runnable step = () -> progress.stepTo(done.incrementAndGet());
            for (int i = 0; i < files.size(); i++) {
                if (stopRequested) {
                    filesNotPushed.addAndGet(files.size() - i);
                    break;
                }
                Path f = files.get(i);
                tally.fileFound();
                Optional<RawPage> page = readFile(f, maxBytes);
                Path first = page.isEmpty() ? null : firstFileOf.putIfAbsent(page.get().url(), f);
                if (first != null) {
                    skip(f, "same URL as " + first + " (" + page.get().url() + "), which is pushed instead");
                }
                if (page.isEmpty() || first != null) {
                    step.run();
                    continue;
                }
                pushes.send(page.get(), step);
            }
            int pushed = pushes.finish();
            throwIfFailed();
            return pushed;
        }
    }

    /** The page of one file, normalized; empty when the file is refused or skipped (the tally has why). */
    private Optional<RawPage> readFile(Path f, int maxBytes) {
        try {
            return Optional.of(normalizer.page(PageFiles.read(f, maxBytes)));
        } catch (PageFiles.TooLarge e) {
            String url = normalizer.key(e.url());
            tally.refused(url, e.rejection().summary());
            LOG.warn("rejected {} ({}): {}", f, url, e.rejection().summary());
        } catch (IOException e) {
            skip(f, Main.describe(e));
        }
        return Optional.empty();
    }

    private void skip(Path f, String reason) {
        tally.skipped(f.toString(), reason);
        LOG.warn("skipped {}: {}", f, reason);
    }

    /** Pushes pages held in memory (the demo pages) or made as they are pushed (the bench), with one producer. */
    public int pushPages(Iterable<RawPage> pages) {
        try (Pushes pushes = pushes()) {
            for (RawPage p : pages) {
                pushes.send(p, () -> { });
            }
            int pushed = pushes.finish();
            throwIfFailed();
            return pushed;
        }
    }

    /** Pushes pages at a fixed rate (pages per second), for latency measurements. */
    public void pushPaced(List<RawPage> pages, double perSecond) throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        try (Pushes pushes = pushes()) {
            long next = System.nanoTime();
            for (RawPage p : pages) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                pushes.send(p, () -> { });
                next += interval;
            }
            pushes.finish();
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
    }

    /**
     * Waits until every page pushed by this process is stored or rejected, or a stage failed, or the
     * timeout passed. Draws progress on {@code progressOut}.
     *
     * @return true when every page is accounted for
     */
    public boolean awaitAccounted(Duration timeout, PrintStream progressOut) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Progress progress = Progress.of("cleaning", tally.pushedCount(), progressOut)) {
            while (tally.pending() > 0 && failure.get() == null && !stopRequested && System.nanoTime() < deadline) {
                progress.stepTo(tally.pushedCount() - tally.pending());
                Thread.sleep(50);
            }
            progress.stepTo(tally.pushedCount() - tally.pending());
        }
        throwIfFailed();
        return tally.pending() == 0;
    }

    /**
     * Asks a {@code --once} run to stop early (Ctrl-C): no more files are pushed and waiting for
     * outcomes ends; the caller then reports what is done and closes the stages. Any thread.
     */
    public void requestStop() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** Page files found but not pushed because a stop was requested. */
    public int filesNotPushed() {
        return filesNotPushed.get();
    }

    /**
     * Counts the pages already waiting in the raw topic for this pipeline's cleaner (past its
     * group's committed offsets) as pages of this run, so that {@link #awaitAccounted} waits for
     * them too.
     *
     * @return how many there are
     */
    public int adoptBacklog() {
        String group = LiveCleaner.applicationId(config.clean().applicationId(), rules.current());
        java.util.Set<String> urls = RawBacklog.urls(cluster.client(), config.topics().raw(), group);
        urls.forEach(tally::pushed);
        return urls.size();
    }

    /**
     * Waits until this pipeline's sink group has committed everything the transcripts topic holds
     * now: transcripts committed by an earlier, stopped run (not pages of this run) are stored too.
     *
     * @return true when caught up, false on a stop request or timeout
     */
    public boolean awaitSinkCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (ReplayProgress progress = new ReplayProgress(cluster.client(), config.topics().raw())) {
            java.util.Map<org.apache.kafka.common.TopicPartition, Long> ends =
                    progress.committedEnds(config.topics().transcripts());
            while (!progress.reached(config.sink().groupId(), ends)) {
                if (stopRequested || failure.get() != null || System.nanoTime() > deadline) {
                    throwIfFailed();
                    return false;
                }
                Thread.sleep(100);
            }
            return true;
        }
    }

    /** The first stage failure, if any. */
    public java.util.Optional<String> failure() {
        return java.util.Optional.ofNullable(failure.get());
    }

    /** Blocks until a stage fails or the thread is interrupted (Ctrl-C closes the pipeline). */
    public void awaitFailure() throws InterruptedException {
        while (failure.get() == null) {
            summary.tick().ifPresent(LOG::info);
            Thread.sleep(200);
        }
        throw new IllegalStateException(failure.get());
    }

    /**
     * Records the consumer group of {@code stage} ({@code clean}: the cleaner of the rules it runs;
     * {@code sink}) has yet to read; empty when this process does not run it or the cluster did not answer.
     */
    public OptionalLong lag(String stage) {
        if (stage.equals("clean") && cleaner != null) {
            return cleaner.running().map(r -> lag.lag(LiveCleaner.applicationId(config.clean().applicationId(), r),
                    config.topics().raw())).orElse(OptionalLong.empty());
        }
        if (stage.equals("sink") && stages.sink()) {
            return lag.lag(config.sink().groupId(), config.topics().transcripts());
        }
        return OptionalLong.empty();
    }

    /** A summary line every minute: pages in, cleaned, rejected and stored, and the lag of the stages run here. */
    PeriodicSummary periodicSummary(Clock clock) {
        return new PeriodicSummary(SUMMARY_EVERY, clock, () -> new PeriodicSummary.Figures(
                (long) metrics.total(StageMetrics.PUSHED), (long) metrics.total(StageMetrics.CLEANED),
                (long) metrics.total(StageMetrics.REJECTED), (long) metrics.total(StageMetrics.STORED)), this::lagLine);
    }

    private String lagLine() {
        List<String> parts = new ArrayList<>();
        for (String stage : List.of("clean", "sink")) {
            if (stage.equals("clean") ? stages.clean() : stages.sink()) {
                OptionalLong n = lag(stage);
                parts.add(stage + " " + (n.isPresent() ? Long.toString(n.getAsLong()) : "unknown"));
            }
        }
        return String.join(", ", parts);
    }

    /** The meters of this process's stages. */
    public StageMetrics metrics() {
        return metrics;
    }

    /**
     * Up while no stage has failed, the cluster answers, the cleaner's Streams application (if
     * any) runs or rebalances and the sink's store (if any) takes its batches; down once closing starts, so that a probe sees a stopping stage go.
     */
    public Health health() {
        if (closing) {
            return Health.down("stages", "stopped");
        }
        Map<String, String> checks = new LinkedHashMap<>();
        boolean up = failure.get() == null;
        checks.put("stages", up ? "running" : "failed: " + failure.get());
        boolean kafka = lag.reachable();
        checks.put("kafka", kafka ? "reachable" : "unreachable");
        up &= kafka;
        if (cleaner != null) {
            String state = cleaner.state();
            checks.put("clean", state);
            up &= LiveCleaner.healthy(state);
        }
        TranscriptSink s = sink;
        if (s != null) {
            boolean storing = !s.storeFailing();
            checks.put("sink", failure.get() != null ? "stopped" : storing ? "running" : "store failing, retrying");
            up &= storing;
        }
        return new Health(up, checks);
    }

    public RunSummary summary() {
        return new RunSummary(tally.pushedCount(), tally.storedCount(), tally.rejectedPages(), tally.pending(),
                Duration.ofNanos(System.nanoTime() - startNanos), tally.filesFound(), tally.skippedFiles());
    }

    @Override
    public synchronized void close() {
        closing = true;
        if (closed) {
            return; // the shutdown hook and the launcher may both close it
        }
        closed = true;
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing a stage failed: {}", e.getMessage());
            }
        }
        running.clear();
        cluster.close();
    }
}
