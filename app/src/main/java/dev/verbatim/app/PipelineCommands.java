package dev.verbatim.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The commands that run pipeline stages against Kafka. */
final class PipelineCommands {

    /** How long a {@code --once} run waits for the last page before giving up. */
    private static final Duration ONCE_TIMEOUT = Duration.ofMinutes(30);
    /** How long Ctrl-C waits for a {@code --once} run to report and close its stages. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(90);
    /** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
    static final int EXIT_INTERRUPTED = 130;

    private PipelineCommands() {
    }

    @Command(name = "demo", mixinStandardHelpOptions = true, description = "Embedded broker, the demo pages shipped in the jar, cleaner and sink into ./out; "
            + "waits until every page is stored or rejected and prints a summary.")
    static final class Demo implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "Embedded broker data (default ./data/kafka).")
        Path data;

        @Option(names = "--out", paramLabel = "DIR", description = "Where transcripts go (default ./out).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ClusterOptions opts = new ClusterOptions();
            opts.data = data;
            PipelineConfig cfg = opts.load(Optional.ofNullable(out));
            if (cfg.kafka().bootstrapServers().isPresent()) {
                throw new IllegalArgumentException("the demo always runs on the embedded broker; unset VERBATIM_KAFKA_BOOTSTRAP_SERVERS");
            }
            try (Pipeline p = Pipeline.start(cfg, Pipeline.Stages.ALL)) {
                p.pushPages(DemoPages.load());
                p.awaitAccounted(Duration.ofMinutes(5), progressStream(spec));
                spec.commandLine().getOut().print(p.summary().render());
                spec.commandLine().getOut().println("transcripts in " + cfg.sink().destination());
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "All stages in one process; an embedded broker unless --bootstrap-servers is given. "
            + "Runs until Ctrl-C or, with --once, until all given input is stored or rejected.")
    static final class Run implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Option(names = "--out", paramLabel = "DIR", description = "Where transcripts go (default ./out).")
        Path out;

        @Option(names = "--files", paramLabel = "PATH", arity = "1..*", description = "Page files or directory trees to push.")
        List<Path> files = List.of();

        @Option(names = "--once", description = "Stop when all given input is stored or rejected.")
        boolean once;

        @Mixin
        CrawlCommands.CrawlOptions crawl; // --crawl, --sites, --allow-private

        @Mixin
        RulesOption rules; // makes them the cluster's active rules

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PageFilesCheck.requireExisting(files);
            PipelineConfig cfg = cluster.load(Optional.ofNullable(out), rules.file);
            if (crawl.any()) {
                crawl.sites(crawl.settings(cfg)); // a bad seed or sites file fails before the broker starts
            }
            if (once) {
                return runOnce(cfg);
            }
            try (Pipeline p = Pipeline.startServing(cfg, Pipeline.Stages.ALL)) {
                Runtime.getRuntime().addShutdownHook(new Thread(p::close, "verbatim-shutdown"));
                p.pushFiles(files, progressStream(spec));
                if (crawl.any()) {
                    CrawlCommands.crawl(p, cfg, crawl, false);
                }
                p.awaitFailure();
                return 0;
            }
        }

        /**
         * Finishes the pages already waiting in the raw topic, pushes the files (and crawls one round),
         * waits until every page is stored or rejected and prints the summary. Ctrl-C stops it cleanly:
         * no more pushes, a summary of what is done and what remains, then the stages close (the
         * cleaner commits, the sink commits) and the broker shuts down before the process ends.
         */
        private int runOnce(PipelineConfig cfg) throws Exception {
            Pipeline p = Pipeline.startServing(cfg, Pipeline.Stages.ALL);
            CountDownLatch closed = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                p.requestStop();
                awaitQuietly(closed, SHUTDOWN_TIMEOUT);
            }, "verbatim-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            PrintWriter o = spec.commandLine().getOut();
            try {
                int code = finishOnce(p, cfg, o);
                if (p.stopRequested()) {
                    p.close();
                    o.println("stopped cleanly: offsets committed, broker shut down");
                }
                return code;
            } finally {
                p.close();
                o.flush();
                closed.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down already (Ctrl-C): the hook is running and now returns
                }
            }
        }

        /** The backlog, the files, one crawl round; then the summary, and what remains after a Ctrl-C. */
        private int finishOnce(Pipeline p, PipelineConfig cfg, PrintWriter o) throws Exception {
            int backlog = p.adoptBacklog();
            if (backlog > 0) {
                progressStream(spec).printf(Locale.ROOT, "finishing %d pages already in %s%n", backlog, cfg.topics().raw());
            }
            p.pushFiles(files, progressStream(spec));
            if (crawl.any() && !p.stopRequested()) {
                CrawlCommands.crawl(p, cfg, crawl, true); // one round, then wait as for files
            }
            if (p.awaitAccounted(ONCE_TIMEOUT, progressStream(spec))) {
                p.awaitSinkCaughtUp(ONCE_TIMEOUT); // also what an earlier, stopped run had cleaned
            }
            o.print(p.summary().render());
            if (!p.stopRequested()) {
                return p.tally().pending() == 0 ? 0 : Main.EXIT_FAILURE;
            }
            o.printf(Locale.ROOT, "stopped by Ctrl-C: %d pages not yet stored or rejected stay in %s, %d files were not "
                    + "pushed; 'verbatim run --once' finishes what is in %s%n", p.tally().pending(), cfg.topics().raw(),
                    p.filesNotPushed(), cfg.topics().raw());
            o.flush();
            return EXIT_INTERRUPTED;
        }

        private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
            try {
                latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Push raw pages to the raw topic.", subcommands = {IngestFiles.class, CrawlCommands.IngestCrawl.class, CrawlCommands.IngestWarc.class})
    static final class Ingest implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing source (try 'verbatim ingest files')");
        }
    }

    @Command(name = "files", mixinStandardHelpOptions = true, description = "Push page files or directory trees (sidecar meta.json or <file>.meta.json; .gz read).")
    static final class IngestFiles implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
        List<Path> paths;

        @Mixin
        RulesOption.Refused rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PageFilesCheck.requireExisting(paths);
            PipelineConfig cfg = cluster.loadFollowing(Optional.empty(), "ingest files");
            try (Pipeline p = Pipeline.startServing(cfg, Pipeline.Stages.NONE)) {
                int n = p.pushFiles(paths, progressStream(spec));
                Tally t = p.tally();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("files: %d, pages pushed to %s: %d, rejected: %d, skipped: %d%n", t.filesFound(),
                        cfg.topics().raw(), n, t.rejectedPages().size(), t.skippedFiles().size());
                t.skippedFiles().forEach((path, why) -> out.println("  skipped " + path + " - " + why));
                t.rejectedPages().forEach((url, why) -> out.println("  rejected " + url + " - " + why));
            }
            return 0;
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, description = "Run the cleaner (pages.raw -> transcripts | pages.rejected) until Ctrl-C, following the cluster's active rules.")
    static final class Clean implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Mixin
        RulesOption.Refused rules;

        @Override
        public Integer call() throws Exception {
            return runUntilStopped(cluster.loadFollowing(Optional.empty(), "clean"), new Pipeline.Stages(true, false));
        }
    }

    @Command(name = "sink", mixinStandardHelpOptions = true, description = "Run the sink (transcripts -> <out>/<id>.json and .md) until Ctrl-C, storing the active rules' transcripts.")
    static final class Sink implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Option(names = "--out", paramLabel = "DIR", description = "Where transcripts go (default ./out).")
        Path out;

        @Mixin
        RulesOption.Refused rules;

        @Override
        public Integer call() throws Exception {
            return runUntilStopped(cluster.loadFollowing(Optional.ofNullable(out), "sink"), new Pipeline.Stages(false, true));
        }
    }

    private static int runUntilStopped(PipelineConfig cfg, Pipeline.Stages stages) throws InterruptedException {
        Pipeline p = Pipeline.startServing(cfg, stages);
        Runtime.getRuntime().addShutdownHook(new Thread(p::close, "verbatim-shutdown"));
        p.awaitFailure();
        return 0;
    }

    static PrintStream progressStream(CommandSpec spec) {
        return Main.progressStream();
    }

    /** Checks command-line paths before anything starts, so a typo costs no broker start. */
    static final class PageFilesCheck {
        private PageFilesCheck() {
        }

        static void requireExisting(List<Path> paths) {
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("no such file or directory: " + p);
                }
            }
        }
    }
}
