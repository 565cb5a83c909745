package dev.verbatim.app;

import dev.verbatim.ingest.crawl.CrawlSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the crawler's {@link CrawlSettings} from the {@code crawl.*} configuration keys. */
final class CrawlConfig {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private CrawlConfig() {
    }

    static CrawlSettings settings(Map<String, String> v) {
        String oversized = v.get("crawl.oversized").strip().toLowerCase(Locale.ROOT);
        if (!oversized.equals("skip") && !oversized.equals("truncate")) {
            throw new IllegalArgumentException("crawl.oversized must be skip or truncate, was '" + oversized + "'");
        }
        return new CrawlSettings(CrawlSettings.userAgent(v.get("crawl.contact.url")), duration(v, "crawl.delay"),
                duration(v, "crawl.max.crawl.delay"), duration(v, "crawl.connect.timeout"),
                duration(v, "crawl.read.timeout"), duration(v, "crawl.total.timeout"), integer(v, "crawl.max.redirects"),
                integer(v, "crawl.max.body.bytes"), integer(v, "crawl.max.decoded.bytes"), oversized.equals("truncate"),
                duration(v, "crawl.recrawl.interval"), duration(v, "crawl.refetch.interval"),
                integer(v, "crawl.max.depth"), bool(v, "crawl.allow.private"), list(v, "crawl.tracking.params"),
                list(v, "crawl.accepted.types"), integer(v, "crawl.threads"), duration(v, "crawl.max.backoff"),
                integer(v, "crawl.max.retries"), duration(v, "crawl.retry.horizon"), topic(v));
    }

    private static String topic(Map<String, String> v) {
        String t = v.get("crawl.state.topic").strip();
        if (!t.matches("[A-Za-z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("crawl.state.topic: invalid topic name '" + t + "'");
        }
        return t;
    }

    /** A duration such as {@code 500ms}, {@code 1s}, {@code 15m}, {@code 2h}, {@code 7d}. */
    static Duration duration(Map<String, String> v, String key) {
        Matcher m = DURATION.matcher(v.get(key).strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be a duration such as 500ms, 1s, 15m, 2h or 7d, was '"
                    + v.get(key) + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static int integer(Map<String, String> v, String key) {
        try {
            return Integer.parseInt(v.get(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v.get(key) + "'", e);
        }
    }

    private static boolean bool(Map<String, String> v, String key) {
        String s = v.get(key).strip().toLowerCase(Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, was '" + v.get(key) + "'");
        }
        return Boolean.parseBoolean(s);
    }

    private static List<String> list(Map<String, String> v, String key) {
        return Arrays.stream(v.get(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
