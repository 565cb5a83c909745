package dev.verbatim.ingest.crawl;

import java.time.Instant;
import java.util.Objects;

/**
 * Politeness state of one host that outlives a restart.
 *
 * @param backoffUntil      no request before this instant ({@code EPOCH}: none)
 * @param consecutiveErrors failed fetches in a row
 */
public record HostState(String host, Instant backoffUntil, int consecutiveErrors) {
    public HostState {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(backoffUntil, "backoffUntil");
    }

    public static HostState fresh(String host) {
        return new HostState(host, Instant.EPOCH, 0);
    }
}
