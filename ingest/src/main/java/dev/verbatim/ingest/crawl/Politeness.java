package dev.verbatim.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a host may be asked again: after the configured delay or its robots.txt Crawl-delay (capped),
 * whichever is longer; after errors, an exponential back-off; after 429/503, the server's
 * Retry-After. Both capped at {@code maxBackoff}. Thread-safe.
 */
final class Politeness {

    private final CrawlSettings settings;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();
    private final Map<String, Duration> crawlDelays = new ConcurrentHashMap<>();

    Politeness(CrawlSettings settings) {
        this.settings = settings;
    }

    void restore(HostState state) {
        hosts.put(state.host(), state);
    }

    void crawlDelay(String host, Duration robotsDelay) {
        crawlDelays.put(host, robotsDelay.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : robotsDelay);
    }

    /** The least gap between two requests to this host. */
    Duration delay(String host) {
        Duration robots = crawlDelays.getOrDefault(host, Duration.ZERO);
        return robots.compareTo(settings.delay()) > 0 ? robots : settings.delay();
    }

    /** After a request that got an answer; the reset host state when it had errors before. */
    Optional<HostState> succeeded(String host) {
        HostState before = hosts.getOrDefault(host, HostState.fresh(host));
        if (before.consecutiveErrors() == 0) {
            return Optional.empty();
        }
        HostState after = HostState.fresh(host);
        hosts.put(host, after);
        return Optional.of(after);
    }

    /** After a failed request: the host's new state with its back-off. */
    HostState failed(String host, FetchResult.Failed failure, Instant now) {
        HostState before = hosts.getOrDefault(host, HostState.fresh(host));
        int errors = before.consecutiveErrors() + 1;
        Duration wait = failure.error() == FetchError.THROTTLED
                ? failure.retryAfter().orElse(exponential(errors)) : errors >= 2 ? exponential(errors) : Duration.ZERO;
        wait = wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
        HostState after = new HostState(host, now.plus(wait), errors);
        hosts.put(host, after);
        return after;
    }

    /** When the host may be asked again after a request that ended at {@code now}. */
    Instant readyAt(String host, Instant now) {
        Instant polite = now.plus(delay(host));
        Instant backoff = hosts.getOrDefault(host, HostState.fresh(host)).backoffUntil();
        return backoff.isAfter(polite) ? backoff : polite;
    }

    private Duration exponential(int errors) {
        Duration base = settings.delay().compareTo(Duration.ofSeconds(1)) > 0 ? settings.delay() : Duration.ofSeconds(1);
        return base.multipliedBy(1L << Math.min(errors - 1, 20));
    }
}
