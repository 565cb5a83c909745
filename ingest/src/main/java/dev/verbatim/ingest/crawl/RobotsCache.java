package dev.verbatim.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per host (crawler-commons), kept for a day. A missing robots.txt (4xx) allows
 * everything; a server error or timeout disallows everything until the rules expire, as the
 * robots.txt standard asks; the entry of a failure expires sooner.
 *
 * <p>Thread-safe.
 */
final class RobotsCache {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration FAILURE_TTL = Duration.ofMinutes(10);

    private record Cached(BaseRobotRules rules, Instant expires, boolean failed) {
    }

    private final Map<String, Cached> byHost = new ConcurrentHashMap<>();
    // No cap in the parser (past it, crawler-commons disallows everything); the crawler caps the delay itself.
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);

    /** The rules of a host, when known and fresh. */
    Optional<BaseRobotRules> rules(String host, Instant now) {
        Cached c = byHost.get(host);
        return c == null || c.expires().isBefore(now) ? Optional.empty() : Optional.of(c.rules());
    }

    /** When robots.txt of a host could not be fetched (server error, timeout): until when to wait. */
    Optional<Instant> unavailableUntil(String host) {
        Cached c = byHost.get(host);
        return c != null && c.failed() ? Optional.of(c.expires()) : Optional.empty();
    }

    /** Parses and stores the answer to {@code robotsUrl}. */
    BaseRobotRules store(String host, String robotsUrl, FetchResult result, Instant now) {
        BaseRobotRules rules;
        Duration ttl = TTL;
        boolean unavailable = false;
        if (result instanceof FetchResult.Fetched f) {
            rules = parser.parseContent(robotsUrl, f.body(), f.contentType().isEmpty() ? "text/plain" : f.contentType(),
                    List.of(CrawlSettings.ROBOT_NAME));
        } else if (result instanceof FetchResult.Failed failed && !failed.error().retriable()
                && failed.error() != FetchError.REFUSED_ADDRESS) {
            rules = parser.failedFetch(404);
        } else {
            rules = parser.failedFetch(503);
            ttl = FAILURE_TTL;
            unavailable = true;
        }
        byHost.put(host, new Cached(rules, now.plus(ttl), unavailable));
        return rules;
    }

    /** robots.txt Crawl-delay, when given. */
    static Optional<Duration> crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }
}
