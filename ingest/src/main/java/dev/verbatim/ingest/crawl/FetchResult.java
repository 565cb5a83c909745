package dev.verbatim.ingest.crawl;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one fetch gave: a body, a "not modified" answer, or a failure as data. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /** The URL the answer came from, after redirects. */
    String finalUrl();

    /**
     * A 2xx answer with its body (decoded from any Content-Encoding).
     *
     * @param etag         the ETag, empty when absent
     * @param lastModified the Last-Modified value, empty when absent
     * @param truncated    whether the body was cut at a size limit
     */
    record Fetched(String finalUrl, int status, String contentType, byte[] body, String etag, String lastModified,
            boolean truncated) implements FetchResult {
        public Fetched {
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /** A 304 answer to a conditional GET. */
    record NotModified(String finalUrl) implements FetchResult {
    }

    /**
     * A fetch that gave no usable page.
     *
     * @param retryAfter the server's Retry-After, when it sent one
     */
    record Failed(String finalUrl, FetchError error, String detail, Optional<Duration> retryAfter)
            implements FetchResult {
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        static Failed of(String url, FetchError error, String detail) {
            return new Failed(url, error, detail, Optional.empty());
        }
    }
}
