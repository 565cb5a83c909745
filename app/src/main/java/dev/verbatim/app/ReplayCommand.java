package dev.verbatim.app;

import dev.verbatim.app.kafka.ReplayProgress;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.sink.TranscriptStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim replay --rules NEW}: makes NEW the active rules (a new activation, unless they
 * are active already) and reprocesses every page of the raw topic with them. Every running cleaner
 * and sink follows the activation: the cleaners move to the new rules' Streams application, which
 * reads the raw topic from the earliest offset, and the sinks store the new rules' transcripts from
 * then on. This process runs a cleaner and a sink too, so a replay also works when nothing else
 * runs. With {@code --once}, waits until the replay has caught up, every cleaner of other rules has
 * stopped and the sink group has stored everything, then removes the files left from other rules
 * and the idle groups of cleaners that ran them, prints a summary and exits. Killed at any point
 * and started again, it resumes: the rules are active already, so it joins the same application.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Reprocess every page in pages.raw with new rules and make them the active rules; "
        + "storage converges to the new rules applied to the latest raw page of every URL.")
final class ReplayCommand implements Callable<Integer> {

    private static final long POLL_MS = 200;
    /** How long --once waits for the cleaners of other rules to leave their groups (a killed one: its session timeout). */
    private static final Duration OTHERS_TIMEOUT = Duration.ofMinutes(3);

    @Mixin
    ClusterOptions cluster;

    @Mixin
    RulesOption rules;

    @Option(names = "--out", paramLabel = "DIR", description = "Where transcripts go (default ./out).")
    Path out;

    @Option(names = "--once", description = "Stop when the replay has caught up.")
    boolean once;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rules.file == null) {
            throw new IllegalArgumentException("replay needs --rules FILE (the new rules)");
        }
        PipelineConfig cfg = cluster.load(Optional.ofNullable(out), rules.file);
        String version = PageCleaner.rulesVersionOf(cfg.clean().settings());
        long start = System.nanoTime();
        try (Pipeline p = Pipeline.startServing(cfg, Pipeline.Stages.ALL);
             ReplayProgress progress = new ReplayProgress(p.client(), cfg.topics().raw())) {
            RulesActivation active = p.activeRules();
            if (!active.rulesVersion().equals(version)) {
                throw new IllegalStateException("other rules (" + active + ") were activated while this replay started; "
                        + "not replaying " + version);
            }
            String group = LiveCleaner.applicationId(cfg.clean().applicationId(), active);
            long total = progress.total();
            Main.progressStream().printf("replaying %d raw records of %s with rules %s (cleaner %s)%n",
                    total, cfg.topics().raw(), active, group);
            awaitCaughtUp(p, progress, active, group, total);
            if (!once) {
                Main.progressStream().println("replay caught up; cleaning new pages with rules " + version + " until Ctrl-C");
                Runtime.getRuntime().addShutdownHook(new Thread(p::close, "verbatim-shutdown"));
                p.awaitFailure();
                return 0;
            }
            finishOnce(p, progress, cfg, active, total, start);
            return 0;
        }
    }

    /**
     * Waits until every stage has switched and caught up, then removes the files left from other
     * rules and the idle groups of the cleaners that ran them, and prints the summary.
     */
    private void finishOnce(Pipeline p, ReplayProgress progress, PipelineConfig cfg, RulesActivation active, long total,
            long start) throws Exception {
        String version = active.rulesVersion();
        String group = LiveCleaner.applicationId(cfg.clean().applicationId(), active);
        String prefix = cfg.clean().applicationId() + "-";
        awaitOrFail(p, () -> progress.busyOtherGroups(prefix, group).isEmpty(), OTHERS_TIMEOUT,
                () -> "cleaners of other rules still run in " + progress.busyOtherGroups(prefix, group)
                        + " after " + OTHERS_TIMEOUT.toMinutes() + " min; stop them and run the replay again");
        // Nothing of other rules is written any more: once the sink group has stored all there is, it is final.
        Map<TopicPartition, Long> ends = progress.committedEnds(cfg.topics().transcripts());
        awaitOrFail(p, () -> progress.reached(cfg.sink().groupId(), ends), OTHERS_TIMEOUT,
                () -> "the sink group " + cfg.sink().groupId() + " did not catch up on " + cfg.topics().transcripts());
        supersededCheck(p, active);
        int stale = removeOtherRules(cfg, version);
        List<String> oldGroups = progress.deleteOtherGroups(prefix, group);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "replayed %d raw records with rules %s: transcripts written %d, removed (now rejected) %d, "
                + "left-over files removed %d, old cleaner groups deleted %s, in %.1f s%n", total, version,
                p.tally().storedEvents(), p.tally().deletedEvents(), stale, oldGroups,
                (System.nanoTime() - start) / 1e9);
        o.flush();
    }

    private void awaitCaughtUp(Pipeline p, ReplayProgress progress, RulesActivation active, String group, long total)
            throws InterruptedException {
        try (Progress bar = Progress.of("replaying", total, Main.progressStream())) {
            while (true) {
                if (p.failure().isPresent()) {
                    throw new IllegalStateException(p.failure().get());
                }
                supersededCheck(p, active);
                long done = progress.done(group);
                bar.stepTo(done);
                if (done >= total) {
                    return;
                }
                Thread.sleep(POLL_MS);
            }
        }
    }

    /** Stops a replay whose rules were superseded: the stages follow the newer ones, whose replay finishes the job. */
    /** Removes the transcripts of other rules from the configured store, and closes it when it holds connections. */
    private static int removeOtherRules(PipelineConfig cfg, String version) throws Exception {
        TranscriptStore store = cfg.sink().open();
        try {
            return store.removeOtherRules(version);
        } finally {
            if (store instanceof AutoCloseable c) {
                c.close();
            }
        }
    }

    private static void supersededCheck(Pipeline p, RulesActivation active) {
        RulesActivation now = p.activeRules();
        if (now.newerThan(active)) {
            throw new IllegalStateException("rules " + now + " were activated during this replay of " + active
                    + "; the stages follow them now, and their replay removes the left-over files");
        }
    }

    private static void awaitOrFail(Pipeline p, BooleanSupplier condition, Duration timeout,
            java.util.function.Supplier<String> message) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (p.failure().isPresent()) {
                throw new IllegalStateException(p.failure().get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(message.get());
            }
            Thread.sleep(POLL_MS);
        }
    }
}
