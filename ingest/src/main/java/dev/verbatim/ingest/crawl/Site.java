package dev.verbatim.ingest.crawl;

import dev.verbatim.ingest.UrlNormalizer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One site to crawl: its seeds (home and section pages, RSS/Atom feeds, sitemaps — told apart by
 * their content), the hosts links may lead to, URL patterns to include and exclude, the depth of
 * link-following and how often seeds are polled.
 *
 * @param include regular expressions; when not empty, a URL must match one ({@code find})
 * @param exclude regular expressions; a URL matching one is never fetched
 */
public record Site(String name, List<String> seeds, Set<String> allowedHosts, List<Pattern> include,
        List<Pattern> exclude, int maxDepth, Duration recrawlInterval) {

    public Site {
        Objects.requireNonNull(name, "name");
        seeds = List.copyOf(seeds);
        allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(recrawlInterval, "recrawlInterval");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("site '" + name + "' has no seeds");
        }
        if (maxDepth < 0) {
            throw new IllegalArgumentException("site '" + name + "': max_depth must be >= 0, was " + maxDepth);
        }
    }

    /** A site made of one seed URL given on the command line: its host only, no patterns. */
    public static Site ofSeed(String seed, int maxDepth, Duration recrawlInterval) {
        String host = URI.create(seed.strip()).getHost();
        if (host == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host: " + seed);
        }
        return new Site(host.toLowerCase(Locale.ROOT), List.of(seed.strip()), Set.of(host), List.of(), List.of(),
                maxDepth, recrawlInterval);
    }

    /** Whether a normalized URL belongs to this site's crawl. */
    public boolean allows(String url) {
        if (!allowedHosts.contains(UrlNormalizer.hostOf(url))) {
            return false;
        }
        if (exclude.stream().anyMatch(p -> p.matcher(url).find())) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(p -> p.matcher(url).find());
    }
}
