package dev.verbatim.ingest.crawl;

import dev.verbatim.model.TranscriptId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes one key of one article: scheme and host lower-cased, default port, fragment and tracking
 * parameters dropped (the rest of {@link TranscriptId#normalize}), an empty path written {@code /}.
 * Only {@code http} and {@code https} URLs with a host are crawlable.
 *
 * <p>Immutable and thread-safe.
 */
public final class UrlNormalizer {

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

    /** The normalized URL, or empty when it is not an http(s) URL with a host. */
    public Optional<String> normalize(String url) {
        try {
            return normalize(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code href} resolved against {@code base} and normalized. */
    public Optional<String> resolve(String base, String href) {
        try {
            return normalize(new URI(base).resolve(new URI(href.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<String> normalize(URI u) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.isOpaque()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(scheme).append("://").append(u.getRawAuthority());
        sb.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        String query = keptQuery(u.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return Optional.of(TranscriptId.normalize(sb.toString()));
    }

    private String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty() || isTracking(pair)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return kept.toString();
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
