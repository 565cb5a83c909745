package dev.verbatim.ingest;

import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.verbatim.model.PageUrl;
import dev.verbatim.model.RawPage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one identity of an article: every page that enters {@code pages.raw} (files, WARC, crawl)
 * and every page {@code clean-page} and {@code clean-dir} read is keyed by its URL normalized
 * here, and the transcript id is the hash of that key. crawler-commons' {@link BasicURLNormalizer}
 * does the normalizing (scheme and host lower-cased, IDN hosts in punycode, default port, fragment
 * and empty query dropped, dot segments resolved, percent-encoding made canonical, query
 * parameters sorted); then the tracking parameters named in configuration are dropped
 * (case-insensitively; {@code utm_*} matches a prefix, which the library's exact-name list cannot).
 *
 * <p>Immutable and thread-safe.
 */
public final class UrlNormalizer {

    private final BasicURLNormalizer basic = new BasicURLNormalizer();
    private final List<String> exact = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    /** @param trackingParams parameter names to drop; a trailing {@code *} matches a prefix */
    public UrlNormalizer(List<String> trackingParams) {
        for (String p : trackingParams) {
            String name = p.strip().toLowerCase(Locale.ROOT);
            if (name.endsWith("*")) {
                prefixes.add(name.substring(0, name.length() - 1));
            } else if (!name.isEmpty()) {
                exact.add(name);
            }
        }
    }

    /**
     * The key of a page with this URL, whatever its scheme ({@code file:} URLs of page files too);
     * a URL the normalizer cannot parse is kept as given, without surrounding white space.
     */
    public String key(String url) {
        String trimmed = url.strip();
        String n;
        try {
            n = basic.filter(trimmed);
        } catch (RuntimeException e) {
            n = null;
        }
        return n == null ? trimmed : withoutTracking(n);
    }

    /** The page with its URL replaced by its {@link #key key}. */
    public RawPage page(RawPage page) {
        String k = key(page.url());
        return k.equals(page.url()) ? page : page.withUrl(k);
    }

    /**
     * The normalized URL, or empty when it is not an http(s) URL with a host of sane length and
     * characters ({@link PageUrl}): what the crawler may fetch.
     */
    public Optional<String> normalize(String url) {
        if (PageUrl.defect(url.strip(), PageUrl.WEB).isPresent()) {
            return Optional.empty();
        }
        String k = key(url);
        if (PageUrl.defect(k, PageUrl.WEB).isPresent()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(k);
            String scheme = u.getScheme() == null ? "" : u.getScheme();
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && u.getHost() != null && !u.isOpaque() ? Optional.of(k) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code href} resolved against {@code base} and normalized. */
    public Optional<String> resolve(String base, String href) {
        try {
            return normalize(new URI(base).resolve(new URI(href.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String withoutTracking(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty() || isTracking(pair)) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
        return kept.length() == 0 ? url.substring(0, q) : url.substring(0, q + 1) + kept;
    }

    private boolean isTracking(String pair) {
        int eq = pair.indexOf('=');
        String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
        return exact.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }

    /** The politeness key of a normalized URL: its lower-cased host. */
    public static String hostOf(String normalizedUrl) {
        String host = URI.create(normalizedUrl).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
