package dev.verbatim.app;

import dev.verbatim.app.kafka.ActiveRules;
import dev.verbatim.app.kafka.Cluster;
import dev.verbatim.app.kafka.RejectedWatcher;
import dev.verbatim.app.kafka.RulesFollower;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.clean.kafka.RejectionCounts;
import dev.verbatim.ingest.PageFiles;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.ingest.kafka.RawPageProducer;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.sink.DirectoryStore;
import dev.verbatim.sink.kafka.TranscriptSink;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final PipelineConfig config;
    private final Cluster cluster;
    private final Tally tally = new Tally();
    private final RejectionCounts counts = new RejectionCounts();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final long startNanos;
    private final UrlNormalizer normalizer;
    private RulesFollower rules;

    private Pipeline(PipelineConfig config, Cluster cluster, long startNanos) {
        this.config = config;
        this.cluster = cluster;
        this.startNanos = startNanos;
        this.normalizer = config.urlNormalizer();
    }

    /**
     * Connects (or starts the embedded broker), sets up topics and starts the chosen stages. A rules
     * file given by configuration becomes the cluster's active rules (a new activation when its
     * version differs from the active one); the commands that must not publish rules refuse such a
     * configuration before they get here. The stages follow the active rules while they run.
     */
    public static Pipeline start(PipelineConfig config, Stages stages) {
        long start = System.nanoTime();
        Cluster cluster = Cluster.open(config.kafka(), config.topics(), config.rulesTopic());
        Pipeline p = new Pipeline(config, cluster, start);
        try {
            p.followRules();
            p.startWatcher();
            if (stages.clean()) {
                p.startCleaner();
            }
            if (stages.sink()) {
                p.startSink();
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

    private void startCleaner() {
        LiveCleaner cleaner = new LiveCleaner(config, cluster.client(), counts, f -> failure.compareAndSet(null, f));
        rules.onChange(cleaner::follow); // before the first follow: a change in between is not missed
        cleaner.follow(rules.rules());
        running.add(cleaner);
    }

    private void startSink() {
        DirectoryStore store;
        try {
            store = new DirectoryStore(config.sink().outDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output directory " + config.sink().outDir() + ": "
                    + e.getMessage(), e);
        }
        TranscriptSink sink = new TranscriptSink(cluster.client(), config.sink().groupId(),
                config.kafka().sessionTimeoutMs(), config.topics().transcripts(), store, rules,
                new TranscriptSink.Listener() {
                    @Override
                    public void stored(dev.verbatim.model.Transcript t) {
                        tally.stored(t.url());
                        tally.sinkEvent(false);
                    }

                    @Override
                    public void deleted(String id) {
                        tally.sinkEvent(true);
                    }
                });
        startThread("verbatim-sink", sink);
        running.add(sink); // closed before its thread is joined: close() runs in reverse order
        LOG.info("sink writing transcripts to {}", config.sink().outDir().toAbsolutePath());
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
                failure.compareAndSet(null, name + " stopped: " + e.getMessage());
                LOG.error("{} stopped", name, e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        running.add(() -> t.join(Duration.ofSeconds(30).toMillis()));
    }

    /** Pushes every page file under the given paths; unreadable files are reported and skipped. */
    public int pushFiles(List<Path> roots, PrintStream progressOut) throws IOException {
        List<Path> files = PageFiles.find(roots);
        int pushed = 0;
        try (RawPageProducer producer = new RawPageProducer(cluster.client(), config.topics().raw());
             Progress progress = Progress.of("pushing", files.size(), progressOut)) {
            for (Path f : files) {
                RawPage page;
                try {
                    page = PageFiles.read(f);
                } catch (IOException e) {
                    LOG.warn("skipped {}: {}", f, e.getMessage());
                    continue;
                }
                push(producer, page);
                pushed++;
                progress.step();
            }
            producer.flush();
        }
        throwIfFailed();
        return pushed;
    }

    /** Pushes pages held in memory (the demo pages) or made as they are pushed (the bench), with one producer. */
    public int pushPages(Iterable<RawPage> pages) {
        int pushed = 0;
        try (RawPageProducer producer = new RawPageProducer(cluster.client(), config.topics().raw())) {
            for (RawPage p : pages) {
                push(producer, p);
                pushed++;
            }
            producer.flush();
        }
        throwIfFailed();
        return pushed;
    }

    /**
     * Sends without waiting, keyed by its normalized URL (the one identity of an article); a failed
     * send stops the run with the page's URL and the cause.
     */
    private void push(RawPageProducer producer, RawPage given) {
        RawPage page = normalizer.page(given);
        tally.pushed(page.url());
        producer.send(page, e -> failure.compareAndSet(null, "could not push " + page.url() + " to "
                + config.topics().raw() + ": " + e.getMessage()));
        LOG.debug("pushed {}", page.url());
    }

    /** Pushes pages at a fixed rate (pages per second), for latency measurements. */
    public void pushPaced(List<RawPage> pages, double perSecond) throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        try (RawPageProducer producer = new RawPageProducer(cluster.client(), config.topics().raw())) {
            long next = System.nanoTime();
            for (RawPage p : pages) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                push(producer, p);
                next += interval;
            }
            producer.flush();
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
            while (tally.pending() > 0 && failure.get() == null && System.nanoTime() < deadline) {
                progress.stepTo(tally.pushedCount() - tally.pending());
                Thread.sleep(50);
            }
            progress.stepTo(tally.pushedCount() - tally.pending());
        }
        throwIfFailed();
        return tally.pending() == 0;
    }

    /** The first stage failure, if any. */
    public java.util.Optional<String> failure() {
        return java.util.Optional.ofNullable(failure.get());
    }

    /** Blocks until a stage fails or the thread is interrupted (Ctrl-C closes the pipeline). */
    public void awaitFailure() throws InterruptedException {
        while (failure.get() == null) {
            Thread.sleep(200);
        }
        throw new IllegalStateException(failure.get());
    }

    public RunSummary summary() {
        return new RunSummary(tally.pushedCount(), tally.storedCount(), tally.rejectedPages(), tally.pending(),
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    @Override
    public void close() {
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
