package dev.verbatim.app;

import dev.verbatim.ingest.crawl.AddressGuard;
import dev.verbatim.ingest.crawl.CrawlMetrics;
import dev.verbatim.ingest.crawl.CrawlSettings;
import dev.verbatim.ingest.crawl.Crawler;
import dev.verbatim.ingest.crawl.HttpPageFetcher;
import dev.verbatim.ingest.crawl.Site;
import dev.verbatim.ingest.crawl.SitesFile;
import dev.verbatim.ingest.kafka.CrawlStateTopic;
import dev.verbatim.ingest.kafka.RawPageProducer;
import dev.verbatim.ingest.warc.WarcPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The crawler's commands ({@code ingest crawl}, {@code ingest warc}) and the crawl options of {@code run}. */
final class CrawlCommands {

    private CrawlCommands() {
    }

    /** Crawl flags shared by {@code run} and {@code ingest crawl}. */
    static final class CrawlOptions {
        @Option(names = "--crawl", paramLabel = "URL", arity = "1..*",
                description = "Seed URLs to crawl (home or section pages, RSS/Atom feeds, sitemaps).")
        List<String> seeds = new ArrayList<>();

        @Option(names = "--sites", paramLabel = "FILE", description = "Sites file (JSON or YAML): seeds, hosts, patterns, depth.")
        Path sites;

        @Option(names = "--allow-private", description = "Allow hosts on loopback/private addresses (tests, intranets).")
        boolean allowPrivate;

        boolean any() {
            return !seeds.isEmpty() || sites != null;
        }

        /** The sites to crawl, checked before anything starts. */
        List<Site> sites(CrawlSettings settings) {
            List<Site> out = new ArrayList<>();
            for (String seed : seeds) {
                if (!seed.startsWith("http://") && !seed.startsWith("https://")) {
                    throw new IllegalArgumentException("--crawl needs http(s) URLs, got '" + seed + "'");
                }
                out.add(Site.ofSeed(seed, settings.maxDepth(), settings.recrawlInterval()));
            }
            if (sites != null) {
                if (!Files.isRegularFile(sites)) {
                    throw new IllegalArgumentException("sites file not found: " + sites);
                }
                out.addAll(SitesFile.read(sites, settings));
            }
            return out;
        }

        /**
         * The crawl settings, with the decoded size capped at the rules' {@code limits.max_input_bytes}:
         * a page the cleaner would refuse, or the raw topic could not hold, is not pushed.
         */
        CrawlSettings settings(PipelineConfig cfg) {
            CrawlSettings s = allowPrivate ? cfg.crawl().withAllowPrivate(true) : cfg.crawl();
            int decoded = maxDecodedBytes(cfg);
            return s.withLimits(Math.min(s.maxBodyBytes(), decoded), decoded, s.totalTimeout());
        }
    }

    /** The largest page body any crawl or WARC path keeps: the crawl setting, at most the rules' input limit. */
    static int maxDecodedBytes(PipelineConfig cfg) {
        return Math.min(cfg.crawl().maxDecodedBytes(), cfg.clean().settings().limits().maxInputBytes());
    }

    /**
     * Crawls into the pipeline's raw topic, counting pushes in its tally. With {@code once}, returns
     * after one round; otherwise crawls on a daemon thread until the process stops.
     */
    static CrawlMetrics crawl(Pipeline p, PipelineConfig cfg, CrawlOptions opts, boolean once) throws InterruptedException {
        CrawlSettings settings = opts.settings(cfg);
        List<Site> sites = opts.sites(settings);
        CrawlMetrics metrics = new CrawlMetrics();
        p.metrics().bind(metrics);
        if (once) {
            crawl(p, cfg, settings, sites, metrics, true);
            return metrics;
        }
        Thread t = new Thread(() -> {
            try {
                crawl(p, cfg, settings, sites, metrics, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "verbatim-crawler");
        t.setDaemon(true);
        t.start();
        return metrics;
    }

    private static void crawl(Pipeline p, PipelineConfig cfg, CrawlSettings settings, List<Site> sites, CrawlMetrics metrics,
            boolean once) throws InterruptedException {
        try (RawPageProducer producer = p.newProducer();
             CrawlStateTopic state = new CrawlStateTopic(p.client(), settings.stateTopic(),
                     cfg.kafka().partitions(), cfg.kafka().replicationFactor())) {
            Clock clock = Clock.systemUTC();
            Crawler crawler = new Crawler(settings, sites,
                    new HttpPageFetcher(settings, AddressGuard.system(settings.allowPrivate()), clock), state,
                    page -> {
                        producer.sendAndWait(page); // counted as pushed once the broker has it
                        p.tally().pushed(page.url());
                        p.metrics().pushed();
                    }, clock, metrics);
            crawler.start();
            crawler.run(once, () -> Thread.currentThread().isInterrupted());
        }
    }

    @Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawl seed URLs or the sites of a sites file into the raw topic; "
            + "polls seeds every crawl.recrawl.interval until Ctrl-C, or one round with --once.")
    static final class IngestCrawl implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Parameters(paramLabel = "URL", arity = "0..*", description = "Seed URLs (same as --crawl).")
        List<String> urls = new ArrayList<>();

        @Mixin
        CrawlOptions crawl;

        @Mixin
        RulesOption.Refused rules;

        @Option(names = "--once", description = "One round: poll every seed once, fetch what is due, then stop.")
        boolean once;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            crawl.seeds.addAll(urls);
            if (!crawl.any()) {
                throw new IllegalArgumentException("nothing to crawl: give seed URLs or --sites FILE");
            }
            PipelineConfig cfg = cluster.loadFollowing(Optional.empty(), "ingest crawl");
            crawl.sites(crawl.settings(cfg));
            try (Pipeline p = Pipeline.startServing(cfg, Pipeline.Stages.NONE)) {
                if (!once) {
                    Runtime.getRuntime().addShutdownHook(new Thread(p::close, "verbatim-shutdown"));
                }
                CrawlMetrics m = crawl(p, cfg, crawl, once);
                if (!once) {
                    p.awaitFailure();
                }
                spec.commandLine().getOut().println("crawl: " + m.summary());
            }
            return 0;
        }
    }

    @Command(name = "warc", mixinStandardHelpOptions = true, description = "Push the HTTP response records of WARC files (target URI, date, HTTP headers) "
            + "to the raw topic.")
    static final class IngestWarc implements Callable<Integer> {
        @Mixin
        ClusterOptions cluster;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "WARC files (.warc or .warc.gz).")
        List<Path> files;

        @Mixin
        RulesOption.Refused rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PipelineCommands.PageFilesCheck.requireExisting(files);
            PipelineConfig cfg = cluster.loadFollowing(Optional.empty(), "ingest warc");
            WarcPages reader = new WarcPages(maxDecodedBytes(cfg));
            int pages = 0;
            int skipped = 0;
            AtomicReference<String> failed = new AtomicReference<>();
            try (Pipeline p = Pipeline.startServing(cfg, Pipeline.Stages.NONE);
                 RawPageProducer producer = p.newProducer()) {
                for (Path f : files) {
                    WarcPages.Counts c = reader.read(f, w -> {
                        producer.send(p.normalizer().page(w.page()), w.httpHeaders(),
                                e -> failed.compareAndSet(null, w.page().url() + ": " + e.getMessage()));
                        p.metrics().pushed();
                    });
                    pages += c.pages();
                    skipped += c.skipped();
                }
                producer.flush();
            }
            if (failed.get() != null) {
                // A send that failed must not pass for a pushed page: say which one and stop non-zero.
                throw new IllegalStateException("could not push every WARC page to " + cfg.topics().raw()
                        + "; first failure: " + failed.get());
            }
            spec.commandLine().getOut().println("pages pushed to " + cfg.topics().raw() + ": " + pages
                    + " (skipped " + skipped + " non-2xx or oversized responses)");
            return 0;
        }
    }
}
