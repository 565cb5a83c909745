package dev.verbatim.ingest.crawl;

import java.time.Instant;
import java.util.Objects;

/**
 * What the crawler knows about one URL. Absent text values are empty strings and a URL never
 * fetched has {@code lastFetch == Instant.EPOCH}, which keeps 100 000 of these small.
 *
 * @param site        the name of the site the URL belongs to
 * @param depth       link hops from a seed
 * @param hash        the hex content hash of the last body pushed (or seen), empty when none
 * @param nextDue     when it should be fetched next
 * @param failures    consecutive failed fetches
 */
public record UrlState(String url, UrlKind kind, String site, int depth, Instant lastFetch, String etag,
        String lastModified, String hash, Instant nextDue, int failures) {

    public UrlState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(lastFetch, "lastFetch");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(nextDue, "nextDue");
    }

    /** A URL just discovered, due at once. */
    public static UrlState discovered(String url, UrlKind kind, String site, int depth, Instant now) {
        return new UrlState(url, kind, site, depth, Instant.EPOCH, "", "", "", now, 0);
    }

    public boolean fetchedBefore() {
        return !lastFetch.equals(Instant.EPOCH);
    }

    /** After a successful fetch (200 or 304). */
    public UrlState fetched(Instant at, String newEtag, String newLastModified, String newHash, Instant due) {
        return new UrlState(url, kind, site, depth, at, newEtag, newLastModified, newHash, due, 0);
    }

    /** After a failed fetch, due again at {@code due}. */
    public UrlState failed(Instant at, Instant due) {
        return new UrlState(url, kind, site, depth, at, etag, lastModified, hash, due, failures + 1);
    }

    public UrlState withNextDue(Instant due) {
        return new UrlState(url, kind, site, depth, lastFetch, etag, lastModified, hash, due, failures);
    }
}
