package dev.verbatim.ingest.crawl;

/** Why a fetch gave no page; {@link #retriable()} ones are tried again after a back-off. */
public enum FetchError {
    /** Refused by the SSRF guard: the host resolves to a non-public address. */
    REFUSED_ADDRESS(false),
    /** Not an http(s) URL, or a malformed one. */
    INVALID_URL(false),
    /** A media type the crawler does not keep (not HTML for articles). */
    UNSUPPORTED_TYPE(false),
    /** Larger than the body or decompressed-size limit, and oversized pages are skipped. */
    OVERSIZED(false),
    /** A Content-Encoding that could not be decoded. */
    BAD_ENCODING(false),
    TOO_MANY_REDIRECTS(false),
    /** 404 or 410. */
    NOT_FOUND(false),
    /** Any other 4xx. */
    CLIENT_ERROR(false),
    /** 429 or 503: the server asks us to slow down. */
    THROTTLED(true),
    /** Any other 5xx. */
    SERVER_ERROR(true),
    TIMEOUT(true),
    /** Connection refused or reset, DNS failure, other I/O trouble. */
    NETWORK(true);

    private final boolean retriable;

    FetchError(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
