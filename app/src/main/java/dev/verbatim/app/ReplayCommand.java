package dev.verbatim.app;

import dev.verbatim.app.kafka.ReplayProgress;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.sink.DirectoryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim replay --rules NEW}: makes NEW the active rules and reprocesses every page of the
 * raw topic with them. The cleaner's Streams application id carries the rules version, so new rules
 * are a new application that reads the raw topic from the earliest offset; pages arriving meanwhile
 * are cleaned with the new rules too. The sink stores only transcripts of the active rules and
 * removes the transcripts of pages the new rules reject. With {@code --once}, waits until the
 * replay has caught up, removes files left from other rules and the idle consumer groups of
 * cleaners that ran other rules, prints a summary and exits.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Reprocess every page in pages.raw with new rules and make them the active rules; "
        + "storage converges to the new rules applied to the latest raw page of every URL.")
final class ReplayCommand implements Callable<Integer> {

    private static final long POLL_MS = 500;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--out", paramLabel = "DIR", description = "Where transcripts go (default ./out).")
    Path out;

    @Option(names = "--once", description = "Stop when the replay has caught up.")
    boolean once;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (cluster.rules == null) {
            throw new IllegalArgumentException("replay needs --rules FILE (the new rules)");
        }
        PipelineConfig cfg = cluster.load(Optional.ofNullable(out));
        String version = PageCleaner.rulesVersionOf(cfg.clean().settings());
        try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL);
             ReplayProgress progress = new ReplayProgress(p.bootstrapServers(), cfg.topics().raw())) {
            String group = Pipeline.applicationId(p.config());
            long total = progress.total();
            Main.progressStream().printf("replaying %d raw records of %s with rules %s (cleaner %s)%n",
                    total, cfg.topics().raw(), version, group);
            awaitCaughtUp(p, progress, group, total);
            if (!once) {
                Main.progressStream().println("replay caught up; cleaning new pages with rules " + version + " until Ctrl-C");
                Runtime.getRuntime().addShutdownHook(new Thread(p::close, "verbatim-shutdown"));
                p.awaitFailure();
                return 0;
            }
            int stale = new DirectoryStore(cfg.sink().outDir()).removeOtherRules(version);
            List<String> oldGroups = progress.deleteOtherGroups(cfg.clean().applicationId() + "-", group);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("replayed %d raw records with rules %s: transcripts written %d, removed (now rejected) %d, "
                    + "left-over files removed %d, old cleaner groups deleted %s%n", total, version,
                    p.tally().storedEvents(), p.tally().deletedEvents(), stale, oldGroups);
            o.flush();
            return 0;
        }
    }

    private void awaitCaughtUp(Pipeline p, ReplayProgress progress, String group, long total) throws InterruptedException {
        try (Progress bar = Progress.of("replaying", total, Main.progressStream())) {
            while (true) {
                if (p.failure().isPresent()) {
                    throw new IllegalStateException(p.failure().get());
                }
                long done = progress.done(group);
                bar.stepTo(done);
                if (done >= total && progress.caughtUp(p.config().sink().groupId(), p.config().topics().transcripts())) {
                    return;
                }
                Thread.sleep(POLL_MS);
            }
        }
    }
}
