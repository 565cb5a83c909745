package dev.verbatim.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.model.RawPage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The continuous crawler: polls the sites' seeds, follows links, feeds and sitemaps within each
 * site's scope, obeys robots.txt and per-host politeness, and pushes a page only when it is new or
 * its content changed. Its state (per URL and per host) goes to a {@link CrawlStore} as it changes and
 * is read back by {@link #start()}, so a restarted crawler resumes where it stopped.
 *
 * <p>Drive it from one thread: {@link #start()}, then {@link #run}. Fetches run on
 * {@code settings.threads()} worker threads.
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

    private final CrawlSettings settings;
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final PageFetcher fetcher;
    private final CrawlStore store;
    private final PageSink sink;
    private final Clock clock;
    private final CrawlMetrics metrics;
    private final UrlNormalizer normalizer;
    private final Frontier frontier = new Frontier();
    private final RobotsCache robots = new RobotsCache();
    private final Politeness politeness;
    private final Map<String, UrlState> states = new ConcurrentHashMap<>();
    private volatile boolean once;
    private Instant nextSummary = Instant.EPOCH;

    public Crawler(CrawlSettings settings, List<Site> sites, PageFetcher fetcher, CrawlStore store, PageSink sink,
            Clock clock, CrawlMetrics metrics) {
        this.settings = settings;
        sites.forEach(s -> this.sites.put(s.name(), s));
        this.fetcher = fetcher;
        this.store = store;
        this.sink = sink;
        this.clock = clock;
        this.metrics = metrics;
        this.normalizer = new UrlNormalizer(settings.trackingParams());
        this.politeness = new Politeness(settings);
    }

    /** Loads the saved state and queues the seeds (due now) and every known URL (when due). */
    public void start() throws InterruptedException {
        Instant now = clock.instant();
        CrawlStore.Snapshot snapshot = store.load();
        snapshot.hosts().forEach(h -> {
            politeness.restore(h);
            frontier.holdHost(h.host(), h.backoffUntil());
        });
        snapshot.urls().forEach(u -> states.put(u.url(), u));
        for (Site site : sites.values()) {
            for (String seed : site.seeds()) {
                String url = normalizer.normalize(seed)
                        .orElseThrow(() -> new IllegalArgumentException("seed is not an http(s) URL: " + seed));
                UrlState known = states.get(url);
                UrlState s = known != null ? known.withNextDue(now) : UrlState.discovered(url, UrlKind.SEED, site.name(), 0, now);
                states.put(url, s);
                frontier.offer(s);
            }
        }
        states.values().stream().filter(u -> sites.containsKey(u.site())).forEach(frontier::offer);
        LOG.info("crawl state: {} URLs known, {} queued, {} sites", states.size(), frontier.size(), sites.size());
    }

    /**
     * Crawls until {@code stop} says so or, with {@code oneRound}, until nothing is due within the
     * retry horizon: every seed polled once and every URL found from them fetched.
     */
    public void run(boolean oneRound, BooleanSupplier stop) throws InterruptedException {
        this.once = oneRound;
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "verbatim-crawl");
            t.setDaemon(true);
            return t;
        });
        Semaphore slots = new Semaphore(settings.threads());
        try {
            loop(pool, slots, stop);
        } finally {
            pool.shutdown();
            pool.awaitTermination(settings.totalTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            store.flush();
            LOG.info("crawl stopped: {}", metrics.summary());
        }
    }

    private void loop(ExecutorService pool, Semaphore slots, BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            long seen = frontier.changes();
            Instant now = clock.instant();
            logSummary(now);
            if (slots.tryAcquire()) {
                Optional<Frontier.Lease> lease = frontier.next(now);
                if (lease.isPresent()) {
                    pool.execute(() -> {
                        try {
                            work(lease.get());
                        } finally {
                            slots.release();
                        }
                    });
                    continue;
                }
                slots.release();
            }
            if (once && roundDone(now)) {
                return;
            }
            frontier.awaitChange(seen, waitMillis(now));
        }
    }

    private boolean roundDone(Instant now) {
        return frontier.inFlight() == 0
                && frontier.nextReady().map(t -> t.isAfter(now.plus(settings.retryHorizon()))).orElse(true);
    }

    private long waitMillis(Instant now) {
        long until = frontier.nextReady().map(t -> Duration.between(now, t).toMillis()).orElse(1000L);
        return Math.max(1, Math.min(1000, until));
    }

    private void logSummary(Instant now) {
        if (now.isBefore(nextSummary)) {
            return;
        }
        if (!nextSummary.equals(Instant.EPOCH)) {
            LOG.info("crawl: {}, queued {}, in flight {}, largest host queues {}", metrics.summary(), frontier.size(),
                    frontier.inFlight(), frontier.queueSizes(5));
        }
        nextSummary = now.plus(SUMMARY_EVERY);
    }

    /** The metrics of this crawler. */
    public CrawlMetrics metrics() {
        return metrics;
    }

    /** URLs in the crawl state. */
    public int knownUrls() {
        return states.size();
    }

    private void work(Frontier.Lease lease) {
        Instant readyAt = clock.instant();
        try {
            readyAt = visit(lease);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("crawling {} failed unexpectedly", lease.state().url(), e);
            reschedule(lease.state().failed(clock.instant(), clock.instant().plus(settings.refetchInterval())), false);
        } finally {
            frontier.release(lease.host(), readyAt);
        }
    }

    /** Fetches one URL (or its host's robots.txt first); returns when the host may be asked again. */
    private Instant visit(Frontier.Lease lease) throws InterruptedException {
        UrlState s = lease.state();
        Optional<BaseRobotRules> rules = robots.rules(lease.host(), clock.instant());
        if (rules.isEmpty()) {
            fetchRobots(lease.host(), s);
            frontier.offer(s);
            return politeness.readyAt(lease.host(), clock.instant());
        }
        Optional<Instant> unavailable = robots.unavailableUntil(lease.host());
        if (unavailable.isPresent()) {
            reschedule(s.withNextDue(unavailable.get()), false); // robots.txt failed: wait, do not guess
            return clock.instant();
        }
        if (!rules.get().isAllowed(s.url())) {
            metrics.robotsDenied();
            LOG.debug("robots.txt disallows {}", s.url());
            reschedule(s.fetched(clock.instant(), s.etag(), s.lastModified(), s.hash(), nextDue(s)), true);
            return clock.instant();
        }
        FetchResult result = fetcher.fetch(s.url(), s.etag(), s.lastModified(), s.kind() == UrlKind.ARTICLE,
                politeness.delay(lease.host()));
        return handle(lease.host(), s, result);
    }

    private void fetchRobots(String host, UrlState s) throws InterruptedException {
        URI u = URI.create(s.url());
        String robotsUrl = u.getScheme() + "://" + u.getRawAuthority() + "/robots.txt";
        FetchResult result = fetcher.fetch(robotsUrl, "", "", false, politeness.delay(host));
        BaseRobotRules rules = robots.store(host, robotsUrl, result, clock.instant());
        RobotsCache.crawlDelay(rules).ifPresent(d -> politeness.crawlDelay(host, d));
        LOG.debug("robots.txt of {}: {}, delay {}", host, result.getClass().getSimpleName(), politeness.delay(host));
        Site site = sites.get(s.site());
        for (String sitemap : rules.getSitemaps()) {
            normalizer.normalize(sitemap).filter(url -> site != null && site.allows(url))
                    .ifPresent(url -> discovered(url, UrlKind.SEED, site, 0));
        }
    }

    private Instant handle(String host, UrlState s, FetchResult result) throws InterruptedException {
        Instant now = clock.instant();
        if (result instanceof FetchResult.Failed failed) {
            return failed(host, s, failed, now);
        }
        metrics.fetched();
        politeness.succeeded(host).ifPresent(store::save);
        if (result instanceof FetchResult.Fetched page) {
            fetched(s, page, now);
        } else {
            metrics.unchanged();
            LOG.debug("not modified: {}", s.url());
            reschedule(s.fetched(now, s.etag(), s.lastModified(), s.hash(), nextDue(s)), true);
        }
        return politeness.readyAt(host, now);
    }

    private void fetched(UrlState s, FetchResult.Fetched page, Instant now) throws InterruptedException {
        Site site = sites.get(s.site());
        Discovery.Format format = Discovery.format(page.body(), page.contentType());
        boolean article = s.kind() == UrlKind.ARTICLE && format == Discovery.Format.HTML;
        if (site != null && (!article || s.depth() < site.maxDepth())) {
            discover(s, site, Discovery.find(page.body(), page.contentType(), page.finalUrl()));
        }
        String hash = ContentHash.of(page.body());
        if (article && !hash.equals(s.hash())) {
            sink.push(new RawPage(normalizer.key(page.finalUrl()), page.contentType(), now, page.body()));
            metrics.pushed();
            LOG.debug("pushed {} ({} bytes{})", page.finalUrl(), page.body().length, page.truncated() ? ", truncated" : "");
        } else if (article) {
            metrics.unchanged();
        }
        reschedule(s.fetched(now, page.etag(), page.lastModified(), hash, nextDue(s)), true);
    }

    private void discover(UrlState from, Site site, Discovery.Found found) {
        for (String link : found.pages()) {
            normalizer.normalize(link).filter(site::allows).filter(u -> from.depth() < site.maxDepth())
                    .ifPresent(u -> discovered(u, UrlKind.ARTICLE, site, from.depth() + 1));
        }
        if (from.kind() == UrlKind.SEED) {
            for (String seed : found.seeds()) {
                normalizer.normalize(seed).filter(site::allows).ifPresent(u -> discovered(u, UrlKind.SEED, site, from.depth()));
            }
        }
    }

    private void discovered(String url, UrlKind kind, Site site, int depth) {
        UrlState fresh = UrlState.discovered(url, kind, site.name(), depth, clock.instant());
        if (states.putIfAbsent(url, fresh) == null) {
            metrics.discovered();
            store.save(fresh);
            frontier.offer(fresh);
        }
    }

    private Instant failed(String host, UrlState s, FetchResult.Failed failure, Instant now) {
        metrics.error(failure.error());
        LOG.debug("fetch failed: {} {} {}", s.url(), failure.error(), failure.detail());
        boolean hostTrouble = failure.error().retriable();
        if (hostTrouble) {
            store.save(politeness.failed(host, failure, now));
        }
        Instant readyAt = politeness.readyAt(host, now);
        boolean retry = hostTrouble && s.failures() < settings.maxRetries();
        reschedule(s.failed(now, retry ? readyAt : nextDue(s)), !retry);
        return readyAt;
    }

    private Instant nextDue(UrlState s) {
        Site site = sites.get(s.site());
        Duration every = s.kind() == UrlKind.SEED && site != null ? site.recrawlInterval() : settings.refetchInterval();
        return clock.instant().plus(every);
    }

    /** Records a URL's new state; queues it again unless this is a one-round crawl and the URL is done. */
    private void reschedule(UrlState next, boolean done) {
        states.put(next.url(), next);
        store.save(next);
        if (!(once && done)) {
            frontier.offer(next);
        }
    }
}
