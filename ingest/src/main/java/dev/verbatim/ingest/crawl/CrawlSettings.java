package dev.verbatim.ingest.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of the crawler, validated on construction. Defaults (and a comment on each) live in
 * the app's {@code reference.properties}; {@link #defaults()} mirrors them for tests and tools.
 *
 * @param userAgent         the User-Agent sent with every request and matched against robots.txt
 * @param delay             the least time between two requests to one host
 * @param maxCrawlDelay     robots.txt Crawl-delay is honoured up to this cap
 * @param connectTimeout    TCP/TLS connect timeout
 * @param readTimeout       time until the response headers arrive
 * @param totalTimeout      time for a whole exchange, body included
 * @param maxRedirects      redirects followed before giving up
 * @param maxBodyBytes      bytes read from the wire at most
 * @param maxDecodedBytes   bytes after gzip/deflate/br decoding at most
 * @param truncateOversized true: keep the first bytes of an oversized page; false: skip it
 * @param recrawlInterval   how often seed pages, feeds and sitemaps are polled
 * @param refetchInterval   how often an article already fetched is fetched again
 * @param maxDepth          link hops from a seed (sites may override)
 * @param allowPrivate      lift the SSRF guard (tests, intranets)
 * @param trackingParams    query parameters dropped from URLs; {@code utm_*} matches a prefix
 * @param acceptedTypes     media types of articles that are kept (others are skipped unread)
 * @param threads           fetches in flight at once (at most one per host)
 * @param maxBackoff        the longest a host is left alone after errors or Retry-After
 * @param maxRetries        failed fetches of one URL retried before waiting for its next schedule
 * @param retryHorizon      a one-round crawl still waits for retries due within this time
 * @param stateTopic        the compacted topic holding the crawl state
 */
public record CrawlSettings(String userAgent, Duration delay, Duration maxCrawlDelay, Duration connectTimeout,
        Duration readTimeout, Duration totalTimeout, int maxRedirects, int maxBodyBytes, int maxDecodedBytes,
        boolean truncateOversized, Duration recrawlInterval, Duration refetchInterval, int maxDepth,
        boolean allowPrivate, List<String> trackingParams, List<String> acceptedTypes, int threads,
        Duration maxBackoff, int maxRetries, Duration retryHorizon, String stateTopic) {

    /** The product token matched against robots.txt groups. */
    public static final String ROBOT_NAME = "verbatim";

    public CrawlSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        requireNotNegative(delay, "crawl.delay");
        requireNotNegative(maxCrawlDelay, "crawl.max.crawl.delay");
        requirePositive(connectTimeout, "crawl.connect.timeout");
        requirePositive(readTimeout, "crawl.read.timeout");
        requirePositive(totalTimeout, "crawl.total.timeout");
        requireNotNegative(recrawlInterval, "crawl.recrawl.interval");
        requireNotNegative(refetchInterval, "crawl.refetch.interval");
        requireNotNegative(maxBackoff, "crawl.max.backoff");
        requireNotNegative(retryHorizon, "crawl.retry.horizon");
        requireAtLeast(maxRedirects, 0, "crawl.max.redirects");
        requireAtLeast(maxBodyBytes, 1024, "crawl.max.body.bytes");
        requireAtLeast(maxDecodedBytes, 1024, "crawl.max.decoded.bytes");
        requireAtLeast(maxDepth, 0, "crawl.max.depth");
        requireAtLeast(threads, 1, "crawl.threads");
        requireAtLeast(maxRetries, 0, "crawl.max.retries");
        trackingParams = List.copyOf(trackingParams);
        acceptedTypes = List.copyOf(acceptedTypes);
        Objects.requireNonNull(stateTopic, "stateTopic");
    }

    /** The same defaults as {@code reference.properties}. */
    public static CrawlSettings defaults() {
        return new CrawlSettings(userAgent(""), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(60), 5, 8 * 1024 * 1024, 32 * 1024 * 1024, false,
                Duration.ofMinutes(15), Duration.ofDays(7), 2, false,
                List.of("utm_*", "fbclid", "gclid", "mc_cid", "mc_eid", "spm"),
                List.of("text/html", "application/xhtml+xml"), 4, Duration.ofHours(1), 2, Duration.ofMinutes(1),
                "crawl.state");
    }

    /** The User-Agent naming the project, with a contact URL when one is given. */
    public static String userAgent(String contactUrl) {
        String contact = contactUrl.isBlank() ? "+https://github.com/verbatim" : "+" + contactUrl.strip();
        return "Mozilla/5.0 (compatible; Verbatim/0.1; " + contact + ")";
    }

    public CrawlSettings withDelay(Duration d) {
        return new CrawlSettings(userAgent, d, maxCrawlDelay, connectTimeout, readTimeout, totalTimeout, maxRedirects,
                maxBodyBytes, maxDecodedBytes, truncateOversized, recrawlInterval, refetchInterval, maxDepth,
                allowPrivate, trackingParams, acceptedTypes, threads, maxBackoff, maxRetries, retryHorizon, stateTopic);
    }

    public CrawlSettings withAllowPrivate(boolean allow) {
        return new CrawlSettings(userAgent, delay, maxCrawlDelay, connectTimeout, readTimeout, totalTimeout,
                maxRedirects, maxBodyBytes, maxDecodedBytes, truncateOversized, recrawlInterval, refetchInterval,
                maxDepth, allow, trackingParams, acceptedTypes, threads, maxBackoff, maxRetries, retryHorizon, stateTopic);
    }

    public CrawlSettings withLimits(int bodyBytes, int decodedBytes, Duration total) {
        return new CrawlSettings(userAgent, delay, maxCrawlDelay, connectTimeout, readTimeout, total, maxRedirects,
                bodyBytes, decodedBytes, truncateOversized, recrawlInterval, refetchInterval, maxDepth, allowPrivate,
                trackingParams, acceptedTypes, threads, maxBackoff, maxRetries, retryHorizon, stateTopic);
    }

    public CrawlSettings withIntervals(Duration recrawl, Duration refetch) {
        return new CrawlSettings(userAgent, delay, maxCrawlDelay, connectTimeout, readTimeout, totalTimeout,
                maxRedirects, maxBodyBytes, maxDecodedBytes, truncateOversized, recrawl, refetch, maxDepth,
                allowPrivate, trackingParams, acceptedTypes, threads, maxBackoff, maxRetries, retryHorizon, stateTopic);
    }

    public CrawlSettings withStateTopic(String topic) {
        return new CrawlSettings(userAgent, delay, maxCrawlDelay, connectTimeout, readTimeout, totalTimeout,
                maxRedirects, maxBodyBytes, maxDecodedBytes, truncateOversized, recrawlInterval, refetchInterval,
                maxDepth, allowPrivate, trackingParams, acceptedTypes, threads, maxBackoff, maxRetries, retryHorizon,
                topic);
    }

    private static void requireNotNegative(Duration d, String key) {
        if (Objects.requireNonNull(d, key).isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, was " + d);
        }
    }

    private static void requirePositive(Duration d, String key) {
        if (Objects.requireNonNull(d, key).isNegative() || d.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + d);
        }
    }

    private static void requireAtLeast(int value, int least, String key) {
        if (value < least) {
            throw new IllegalArgumentException(key + " must be >= " + least + ", was " + value);
        }
    }
}
