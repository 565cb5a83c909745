package dev.verbatim.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A page exactly as fetched: its URL, the verbatim HTTP {@code Content-Type} (which may lack a
 * charset, or be empty when unknown), the fetch time and the undecoded body bytes.
 *
 * <p>The body is never re-encoded anywhere in the pipeline; the array is copied on the way in and
 * on the way out so a page cannot be changed after it is built.
 */
public record RawPage(String url, String contentType, Instant fetchedAt, byte[] body) {

    public RawPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        body = Objects.requireNonNull(body, "body").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes, without copying it. */
    public int size() {
        return body.length;
    }

    public RawPage withUrl(String newUrl) {
        return new RawPage(newUrl, contentType, fetchedAt, body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawPage other
                && url.equals(other.url)
                && contentType.equals(other.contentType)
                && fetchedAt.equals(other.fetchedAt)
                && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, contentType, fetchedAt, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RawPage[url=" + url + ", contentType=" + contentType + ", fetchedAt=" + fetchedAt
                + ", bytes=" + body.length + "]";
    }
}
